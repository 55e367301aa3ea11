package dev.berth.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.berth.swarm.doctor.Check;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the doctor's checks: one line each, the fix under any that did not pass; or JSON. */
final class DoctorPrinter {

    private DoctorPrinter() {
    }

    static void text(List<Check> checks, PrintWriter out) {
        int width = checks.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Check c : checks) {
            out.println(String.format(Locale.ROOT, "%-4s  %-" + width + "s  %s", c.status(), c.name(), c.summary()));
            if (!c.fix().isEmpty()) {
                out.println(" ".repeat(width + 8) + "fix: " + c.fix());
            }
        }
        out.println(summary(checks));
    }

    static String summary(List<Check> checks) {
        return count(checks, Check.Status.PASS) + " passed, " + count(checks, Check.Status.WARN) + " warned, "
                + count(checks, Check.Status.FAIL) + " failed, " + count(checks, Check.Status.SKIP) + " skipped";
    }

    static String json(List<Check> checks) throws JsonProcessingException {
        List<Map<String, String>> list = new ArrayList<>();
        for (Check c : checks) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("status", c.status().name().toLowerCase(Locale.ROOT));
            m.put("summary", c.summary());
            m.put("fix", c.fix());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ok", !failed(checks));
        root.put("checks", list);
        return TableFormat.JSON.writeValueAsString(root);
    }

    static boolean failed(List<Check> checks) {
        return checks.stream().anyMatch(c -> c.status() == Check.Status.FAIL);
    }

    private static long count(List<Check> checks, Check.Status status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }
}
