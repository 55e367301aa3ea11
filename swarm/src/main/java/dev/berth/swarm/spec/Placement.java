package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Where tasks may run ({@code node.role==worker}) and how they spread over node labels. */
public record Placement(
        @JsonProperty("Constraints") List<String> constraints,
        @JsonProperty("Preferences") List<Preference> preferences,
        @JsonProperty("MaxReplicas") Long maxReplicas) {

    public Placement {
        constraints = Copies.list(constraints);
        preferences = Copies.list(preferences);
    }

    public record Preference(@JsonProperty("Spread") Spread spread) {

        public static Preference spreadOver(String descriptor) {
            return new Preference(new Spread(descriptor));
        }
    }

    public record Spread(@JsonProperty("SpreadDescriptor") String spreadDescriptor) {
    }
}
