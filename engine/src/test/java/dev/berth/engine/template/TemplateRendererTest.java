package dev.berth.engine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private static final TemplateContext CONTEXT = new TemplateContext("shop-alice",
            Map.of("catalog", "catalog", "redis", "redis"),
            Map.of("catalog", Map.of(8080, "10.0.0.1:18080", 18080, "10.0.0.1:18080"), "redis", Map.of()),
            Map.of("SHOP_VERSION", "1.4"));

    private static String render(String text) {
        return new TemplateRenderer(CONTEXT).render(text, "conf/catalog.properties", "configs.catalog-conf");
    }

    private static List<String> problems(String text) {
        ComposeException e = catchThrowableOfType(ComposeException.class, () -> render(text));
        assertThat(e).as("rendering should fail").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void replacesEachPlaceholder() {
        assertThat(render("""
                env={{ environment }}
                catalog.url=http://{{service.catalog}}:8080/
                outside={{  published.catalog.8080  }} {{ published.catalog.18080 }}
                version={{ env.SHOP_VERSION }}
                """)).isEqualTo("""
                env=shop-alice
                catalog.url=http://catalog:8080/
                outside=10.0.0.1:18080 10.0.0.1:18080
                version=1.4
                """);
    }

    @Test
    void keepsOtherTextAsItIs() {
        assertThat(render("a { b } $X ${Y} }} {")).isEqualTo("a { b } $X ${Y} }} {");
    }

    @Test
    void unknownPlaceholdersServicesPortsAndVariablesNameLineAndColumn() {
        assertThat(problems("""
                a={{ nonsense }}
                  b={{ service.orders }}
                c={{ published.redis.6379 }} {{ published.catalog.9 }}
                d={{ env.MISSING }} e={{ published.nope.1 }} f={{ published.catalog }}
                """)).containsExactly(
                "conf/catalog.properties:1:3: configs.catalog-conf: unknown placeholder \"nonsense\"; expected environment,"
                        + " service.NAME, published.NAME.PORT, env.VAR or \"TEXT\"",
                "conf/catalog.properties:2:5: configs.catalog-conf: no service \"orders\" in the environment; known: catalog, redis",
                "conf/catalog.properties:3:3: configs.catalog-conf: service redis publishes no port 6379 (it publishes none)",
                "conf/catalog.properties:3:30: configs.catalog-conf: service catalog publishes no port 9 (it publishes 8080, 18080)",
                "conf/catalog.properties:4:3: configs.catalog-conf: variable MISSING is not set in the project environment",
                "conf/catalog.properties:4:23: configs.catalog-conf: no service \"nope\" in the environment; known: catalog, redis",
                "conf/catalog.properties:4:48: configs.catalog-conf: expected published.catalog.PORT");
    }

    @Test
    void anUnclosedPlaceholderIsAnError() {
        assertThat(problems("ok\nx={{ environment\n")).containsExactly(
                "conf/catalog.properties:2:3: configs.catalog-conf: a placeholder opened with {{ is never closed with }}");
    }

    @Test
    void literalTextInQuotesWritesBracesThatAreNoPlaceholder() {
        assertThat(render("a={{ \"{{\" }} environment }}\nb={{\"}}\"}} c={{ \"\" }}{{ environment }}"))
                .isEqualTo("a={{ environment }}\nb=}} c=shop-alice");
    }

    @Test
    void anUnclosedLiteralIsAnErrorAtItsPlaceholder() {
        assertThat(problems("x=1\n  y={{ \"{{ }}\n")).containsExactly(
                "conf/catalog.properties:2:5: configs.catalog-conf: literal text in a placeholder is written"
                        + " {{ \"TEXT\" }}: a closing \" and then }}");
        assertThat(problems("{{ \"a\" b }} {{ nope }}")).containsExactly(
                "conf/catalog.properties:1:1: configs.catalog-conf: literal text in a placeholder is written"
                        + " {{ \"TEXT\" }}: a closing \" and then }}",
                "conf/catalog.properties:1:13: configs.catalog-conf: unknown placeholder \"nope\"; expected environment,"
                        + " service.NAME, published.NAME.PORT, env.VAR or \"TEXT\"");
    }
}
