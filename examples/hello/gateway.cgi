#!/bin/sh
PATH=/bin:/sbin:/usr/bin
# Answers with data that crossed every module and dependency.
echo "Content-Type: text/plain"
echo
echo "gateway: hello from environment ${HOSTNAME}"
echo "catalog: $(timeout 3 wget -q -O- http://catalog:8080/ || echo unreachable)"
echo "store:   $(timeout 3 wget -q -O- http://store:6379/ || echo unreachable)"
