package dev.berth.compose.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.ScalarKind;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    private MapNode read(String yaml) {
        return (MapNode) reader.read("compose.yaml", yaml);
    }

    @Test
    void keepsLineAndColumnOfEveryNode() {
        MapNode root = read("""
                services:
                  web:
                    image: nginx
                """);
        MapNode web = (MapNode) ((MapNode) root.get("services")).get("web");
        assertThat(web.get("image").position()).isEqualTo(new Position("compose.yaml", 3, 12));
        assertThat(web.entry("image").keyPosition()).isEqualTo(new Position("compose.yaml", 3, 5));
    }

    @Test
    void resolvesScalarsByTheYaml12CoreSchema() {
        MapNode root = read("""
                a: 1
                b: "1"
                c: true
                d: yes
                e: ~
                f: 1.5
                g: !!str 2
                h: 0o17
                """);
        assertThat(((ScalarNode) root.get("a")).kind()).isEqualTo(ScalarKind.INT);
        assertThat(((ScalarNode) root.get("b")).kind()).isEqualTo(ScalarKind.STRING);
        assertThat(((ScalarNode) root.get("c")).kind()).isEqualTo(ScalarKind.BOOL);
        assertThat(((ScalarNode) root.get("d")).kind()).isEqualTo(ScalarKind.STRING);
        assertThat(((ScalarNode) root.get("e")).kind()).isEqualTo(ScalarKind.NULL);
        assertThat(((ScalarNode) root.get("f")).kind()).isEqualTo(ScalarKind.FLOAT);
        assertThat(((ScalarNode) root.get("g")).kind()).isEqualTo(ScalarKind.STRING);
        assertThat(((ScalarNode) root.get("h")).kind()).isEqualTo(ScalarKind.INT);
    }

    @Test
    void appliesMergeKeysWithWrittenKeysWinning() {
        MapNode root = read("""
                x-base: &base
                  image: busybox
                  restart: always
                x-more: &more
                  user: nobody
                  restart: never
                svc:
                  <<: [*base, *more]
                  restart: "no"
                """);
        MapNode svc = (MapNode) root.get("svc");
        assertThat(svc.keys()).containsExactly("restart", "image", "user");
        assertThat(((ScalarNode) svc.get("restart")).text()).isEqualTo("no");
    }

    @Test
    void keepsLocalTags() {
        MapNode root = read("""
                ports: !reset []
                env: !override {A: 1}
                """);
        assertThat(root.get("ports").tag()).isEqualTo("!reset");
        assertThat(root.get("env").tag()).isEqualTo("!override");
        assertThat(((SeqNode) root.get("ports")).items()).isEmpty();
    }

    @Test
    void emptyDocumentIsAnEmptyMapping() {
        assertThat(read("").isEmpty()).isTrue();
        assertThat(read("# only a comment\n").isEmpty()).isTrue();
    }

    @Test
    void rejectsDuplicateKeysNamingBothPlaces() {
        assertThatThrownBy(() -> read("a: 1\nb: 2\na: 3\n"))
                .isInstanceOf(ComposeException.class)
                .hasMessage("compose.yaml:3:1: a: duplicate key \"a\" (first defined at compose.yaml:1:1)");
        assertThatThrownBy(() -> read("services:\n  web:\n    ports: [{a: 1, a: 2}]\n"))
                .hasMessage("compose.yaml:3:20: services.web.ports.0.a: duplicate key \"a\""
                        + " (first defined at compose.yaml:3:14)");
    }

    @Test
    void reportsSyntaxErrorsWithPosition() {
        assertThatThrownBy(() -> read("services:\n  web: [a, b\n"))
                .isInstanceOf(ComposeException.class)
                .hasMessageStartingWith("compose.yaml:3:1: invalid YAML:");
    }

    @Test
    void stopsAnAliasBombQuickly() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> read(yaml.toString()))
                .isInstanceOf(ComposeException.class)
                .hasMessageContaining("expands to more than 1000000 nodes");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void stopsDeepNesting() {
        String yaml = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(ComposeException.class)
                .hasMessageContaining("nested deeper than 64 levels");
    }

    @Test
    void refusesOversizedDocuments() {
        YamlReader small = new YamlReader(new YamlLimits(100, 64, 1000, 10));
        assertThatThrownBy(() -> small.read("big.yaml", "a: " + "x".repeat(200)))
                .isInstanceOf(ComposeException.class)
                .hasMessageContaining("larger than 100 characters");
    }

    @Test
    void rejectsASecondDocument() {
        assertThatThrownBy(() -> read("a: 1\n---\nb: 2\n"))
                .hasMessageContaining("compose.yaml:2:1: a compose file holds one YAML document");
    }

    @Test
    void rejectsNonScalarKeys() {
        assertThatThrownBy(() -> read("? [a, b]\n: c\n"))
                .hasMessageContaining("a mapping key must be a string, not a sequence");
    }
}
