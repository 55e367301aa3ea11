package dev.berth.swarm.convert;

import dev.berth.compose.model.Service;
import dev.berth.compose.model.Value;
import dev.berth.swarm.spec.RestartPolicy;

/**
 * {@code deploy.restart_policy}, or else the service's {@code restart}: {@code no} → none,
 * {@code always} and {@code unless-stopped} → any, {@code on-failure[:N]} → on-failure with at
 * most N attempts.
 */
final class RestartConversion {

    private static final String ON_FAILURE = "on-failure";

    private RestartConversion() {
    }

    static RestartPolicy restartPolicy(Conversion c, String serviceKey, Service service) {
        dev.berth.compose.model.RestartPolicy deployed = service.deploy() == null ? null : service.deploy().restartPolicy();
        if (deployed != null) {
            return new RestartPolicy(deployed.condition(), DeployConversion.nanos(deployed.delay()), deployed.maxAttempts(),
                    DeployConversion.nanos(deployed.window()));
        }
        Value restart = service.otherKeys().get(OtherKeys.RESTART);
        if (restart == null || restart instanceof Value.NullValue) {
            return null;
        }
        String path = "services." + serviceKey + "." + OtherKeys.RESTART;
        String text = OtherKeys.text(restart);
        if (text == null) {
            c.fail(path, "expected no, always, unless-stopped or on-failure[:max-retries]");
            return null;
        }
        switch (text) {
            case "no":
                return new RestartPolicy("none", null, null, null);
            case "always", "unless-stopped":
                return new RestartPolicy("any", null, null, null);
            case ON_FAILURE:
                return new RestartPolicy(ON_FAILURE, null, null, null);
            default:
                break;
        }
        if (text.startsWith(ON_FAILURE + ":")) {
            String count = text.substring(ON_FAILURE.length() + 1);
            if (count.matches("\\d{1,18}")) {
                long attempts = Long.parseLong(count);
                return new RestartPolicy(ON_FAILURE, null, attempts > 0 ? attempts : null, null);
            }
        }
        c.fail(path, "\"" + text + "\" is not a restart policy; expected no, always, unless-stopped or"
                + " on-failure[:max-retries]");
        return null;
    }
}
