package dev.berth.compose.schema;

/**
 * IPv4 and IPv6 addresses and CIDR blocks as Go's {@code net.ParseIP} and
 * {@code net.ParseCIDR} accept them: dotted quads without leading zeros, IPv6 with at most one
 * {@code ::} and an optional trailing dotted quad, no zone.
 */
final class AddressFormat {

    private AddressFormat() {
    }

    static boolean isIp(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        if (gap < 0) {
            return groups(text, true) == 8;
        }
        int before = text.substring(0, gap).isEmpty() ? 0 : groups(text.substring(0, gap), false);
        int after = text.substring(gap + 2).isEmpty() ? 0 : groups(text.substring(gap + 2), true);
        return before >= 0 && after >= 0 && before + after <= 7;
    }

    /** A block such as 10.5.0.0/16 or fd00::/64; the prefix length fits the address family. */
    static boolean isCidr(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String address = text.substring(0, slash);
        String prefix = text.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int length = Integer.parseInt(prefix);
        return isIpv4(address) ? length <= 32 : isIpv6(address) && length <= 128;
    }

    /**
     * Counts the 16-bit groups of a colon-separated run, a trailing dotted quad (where the
     * address ends) counting two; -1 when the run is malformed.
     */
    private static int groups(String run, boolean quadAllowed) {
        String[] parts = run.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (quadAllowed && i == parts.length - 1 && part.contains(".")) {
                if (!isIpv4(part)) {
                    return -1;
                }
                count += 2;
            } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(AddressFormat::isHex)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
