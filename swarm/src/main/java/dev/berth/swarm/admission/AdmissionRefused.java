package dev.berth.swarm.admission;

import dev.berth.engine.admission.AdmissionResult;

/** The environment does not fit on the cluster; nothing was created. */
public final class AdmissionRefused extends RuntimeException {

    private final AdmissionResult result;

    public AdmissionRefused(String environment, AdmissionResult result) {
        super("environment " + environment + " does not fit on the cluster: " + result.refusals().size()
                + (result.refusals().size() == 1 ? " service" : " services") + " cannot be placed");
        this.result = result;
    }

    public AdmissionResult result() {
        return result;
    }
}
