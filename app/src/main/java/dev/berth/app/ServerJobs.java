package dev.berth.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.function.Function;

/** A server's job followed to its end: its events printed as the command line prints its own progress. */
final class ServerJobs {

    private ServerJobs() {
    }

    /**
     * Prints the job's events as up and down print progress, each notice as {@code notice} words it
     * from the event's data; the exit code follows the job's end.
     */
    static int follow(Invocation invocation, ServerClient client, String jobId, Function<JsonNode, String> notice) {
        PrintWriter out = invocation.out();
        int[] code = {ExitCodes.FAILURE};
        client.events("/jobs/" + jobId + "/events", (name, data) -> {
            switch (name) {
                case "progress" -> out.println(data.path("service").asText() + ": " + data.path("message").asText());
                case "notice" -> out.println(notice.apply(data));
                case "failed" -> {
                    invocation.err().println("failed: " + (data.has("service") ? data.path("service").asText() + ": " : "")
                            + data.path("message").asText());
                    data.path("logs").forEach(l -> invocation.err().println("  | " + l.asText()));
                }
                case "refused" -> {
                    // admission control, as berth up prints it: nothing was created
                    invocation.err().println("berth: " + data.path("message").asText() + ":");
                    AdmissionTable.print(TableFormat.JSON.convertValue(data.path("refusals"), new TypeReference<>() { }),
                            invocation.err());
                    code[0] = ExitCodes.REFUSED;
                }
                case "done" -> {
                    String message = data.path("message").asText("");
                    if (data.path("state").asText().equals("succeeded")) {
                        out.println(message);
                        code[0] = ExitCodes.OK;
                    } else if (code[0] == ExitCodes.REFUSED) {
                        invocation.err().flush();
                    } else {
                        invocation.err().println("berth: job " + jobId + " " + data.path("state").asText() + ": " + message);
                    }
                    out.flush();
                    return false;
                }
                default -> { }
            }
            out.flush();
            return true;
        });
        return code[0];
    }

}
