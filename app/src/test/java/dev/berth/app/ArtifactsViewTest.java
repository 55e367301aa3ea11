package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.artifact.DeployedArtifacts.Consumer;
import dev.berth.engine.artifact.DeployedArtifacts.Producer;
import dev.berth.swarm.deploy.EnvironmentArtifacts.Row;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArtifactsViewTest {

    private static final EnvironmentName ENV = new EnvironmentName("shop-alice");
    private static final String A = "0ce09c6548c3" + "a".repeat(52);
    private static final String B = "3bf03d7452b0" + "b".repeat(52);
    private static final String INPUTS = "d845012ce181" + "c".repeat(52);

    private static final List<Row> ROWS = List.of(
            new Row("catalog.jar", A, 81234, List.of(new Producer("compile", INPUTS)),
                    List.of(new Consumer("catalog", "/app/catalog.jar")), "yes"),
            new Row("common.jar", A, -1, List.of(),
                    List.of(new Consumer("catalog", "/lib/common.jar"), new Consumer("gateway", "/lib/common.jar")), "missing"),
            new Row("common.jar", B, -1, List.of(new Producer("compile", INPUTS), new Producer("compile", "0123")),
                    List.of(new Consumer("orders", "/lib/common.jar")), "missing"));

    private static String print(List<Row> rows, TableFormat.Format format) throws Exception {
        StringWriter out = new StringWriter();
        ArtifactsView.environment(rows, format, new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void theTableAbbreviatesTheHashesAndShowsEveryRowOfAnArtifact() throws Exception {
        assertThat(print(ROWS, TableFormat.Format.table)).isEqualTo("""
                ARTIFACT      SHA256         SIZE    PRODUCER                                               CONSUMERS                                          STORED
                catalog.jar   0ce09c6548c3   81234   compile (inputs d845012ce181)                          catalog:/app/catalog.jar                           yes
                common.jar    0ce09c6548c3   -       -                                                      catalog:/lib/common.jar, gateway:/lib/common.jar   missing
                common.jar    3bf03d7452b0   -       compile (inputs d845012ce181), compile (inputs 0123)   orders:/lib/common.jar                             missing
                """);
    }

    @Test
    void jsonHasTheFullHashes() throws Exception {
        String json = print(ROWS.subList(0, 1), TableFormat.Format.json);
        assertThat(json).contains("\"name\" : \"catalog.jar\"", "\"sha256\" : \"" + A + "\"", "\"size\" : 81234",
                "\"step\" : \"compile\"", "\"inputHash\" : \"" + INPUTS + "\"", "\"service\" : \"catalog\"",
                "\"target\" : \"/app/catalog.jar\"", "\"stored\" : \"yes\"");
    }

    @Test
    void selectsTheArtifactsNamedAndRefusesOneTheEnvironmentDoesNotRun() {
        assertThat(ArtifactsView.select(ENV, ROWS, List.of())).isEqualTo(ROWS);
        assertThat(ArtifactsView.select(ENV, ROWS, List.of("common.jar"))).containsExactly(ROWS.get(1), ROWS.get(2));
        assertThatThrownBy(() -> ArtifactsView.select(ENV, ROWS, List.of("common.jar", "api.jar", "web.jar")))
                .isInstanceOf(EnvironmentNames.InvalidArgument.class)
                .hasMessage("environment shop-alice has no artifact api.jar, web.jar; it has catalog.jar, common.jar");
    }
}
