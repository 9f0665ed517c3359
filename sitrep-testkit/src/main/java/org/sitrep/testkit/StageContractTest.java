package org.sitrep.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.chain.Pipelines;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Problems;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RemovedSpan;
import org.sitrep.pipeline.Extractor;
import org.sitrep.pipeline.Facet;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContext;

/**
 * The contract every step of the article pipeline keeps ({@link Stage}, {@link Extractor}), run on empty, huge and
 * odd input, each as a text file and as an HTML page:
 * <ul>
 *   <li>it never throws on bad input, and a 2 MB input takes less than {@link #HUGE_INPUT_LIMIT};</li>
 *   <li>the facets it declares are filled (source text, cleaned text, language, id);</li>
 *   <li>every removed span lies inside the source text, in order, without overlap;</li>
 *   <li>the problem list stays bounded, and origin and fetch time pass through unchanged;</li>
 *   <li>it is a function: the same input gives an equal article; and, for a stage, running it again on its own
 *       output changes nothing (idempotence), unless the subclass states why not ({@link #StageContractTest(Stage, String)}).</li>
 * </ul>
 * A stage gets its input from the standard chain ({@code Pipelines.standard}): the extractor and the stages before it
 * until what it {@linkplain Stage#requires() requires} is provided. Subclass it once per step:
 * {@code class BoilerplateStripperContractTest extends StageContractTest { BoilerplateStripperContractTest() { super(new BoilerplateStripper()); } }}.
 * A step that fails it has a bug: fix the step, do not weaken the contract.
 */
public abstract class StageContractTest {
    /** How long a step may take on a 2 MB input (on a shared 2-core machine) before the contract counts it as hanging. */
    public static final Duration HUGE_INPUT_LIMIT = Duration.ofSeconds(60);
    /** The size of the huge inputs, in characters. */
    public static final int HUGE = 2 * 1024 * 1024;

    private static final StageContext CONTEXT = StageContext.DEFAULT;

    private final String name;
    private final Set<Facet> provides;
    private final Function<RawDocument, Article> run;
    /** The step applied again to its own output, or null where idempotence does not apply. */
    private final UnaryOperator<Article> again;
    private final String notIdempotent;

    /** The contract for a stage, idempotence included. */
    protected StageContractTest(Stage stage) {
        this(stage, null);
    }

    /**
     * The contract without idempotence, for a stage that is not idempotent; {@code whyNotIdempotent} says why (a
     * known defect, reported, or a stated design: the stage reads something its own output changes and the pipeline
     * never runs it twice). Null: it is idempotent, and that is checked.
     */
    protected StageContractTest(Stage stage, String whyNotIdempotent) {
        Objects.requireNonNull(stage, "stage");
        Extractor extractor = new HtmlExtractor();
        List<Stage> before = new ArrayList<>();
        Set<Facet> have = EnumSet.of(Facet.RAW);
        have.addAll(extractor.provides());
        for (Stage s : Pipelines.standard(CONTEXT).stages()) {
            if (have.containsAll(stage.requires())) break;
            before.add(s);
            have.addAll(s.provides());
        }
        if (!have.containsAll(stage.requires())) {
            throw new IllegalStateException("the standard chain does not provide what stage '" + stage.name() + "' requires: " + stage.requires());
        }
        this.name = stage.name();
        this.provides = stage.provides();
        this.run = raw -> {
            Article a = extractor.extract(raw, CONTEXT);
            for (Stage s : before) a = s.apply(a, CONTEXT);
            return stage.apply(a, CONTEXT);
        };
        this.again = whyNotIdempotent == null ? a -> stage.apply(a, CONTEXT) : null;
        this.notIdempotent = whyNotIdempotent;
    }

    /** The contract for an extractor, the first step (idempotence does not apply: its input is a raw document). */
    protected StageContractTest(Extractor extractor) {
        Objects.requireNonNull(extractor, "extractor");
        this.name = extractor.name();
        this.provides = extractor.provides();
        this.run = raw -> extractor.extract(raw, CONTEXT);
        this.again = null;
        this.notIdempotent = null;
    }

    @TestFactory
    Stream<DynamicTest> emptyInput() {
        return cases(Map.of("empty", ""));
    }

    @TestFactory
    Stream<DynamicTest> hugeInput() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("2 MB of news paragraphs", repeat(SAMPLE + "\n\n", HUGE));
        in.put("2 MB on one line", repeat("Drones hit Kharkiv overnight, the mayor said. ", HUGE));
        in.put("2 MB of markup", "<html><body><article>" + repeat("<div class=\"para\"><p>Russian drones struck Kharkiv overnight, "
                + "<a href=\"/x\">the mayor</a> said.</p></div>\n", HUGE) + "</article><footer>Comments (2)</footer></body></html>");
        return cases(in);
    }

    @TestFactory
    Stream<DynamicTest> oddInput() {
        return cases(ODD);
    }

    @TestFactory
    Stream<DynamicTest> realisticInput() {
        // An article with a headline, a dateline, a wire credit, a teaser and comments: the stages before a late
        // stage leave removed spans, so the offset checks have spans to check.
        return cases(Map.of("news article with boilerplate", SAMPLE));
    }

    /** Odd inputs: the characters and shapes that real feeds and pages contain, and that break naive code. */
    private static final Map<String, String> ODD = new LinkedHashMap<>();

    static {
        ODD.put("only whitespace", " \t\n\r\n \u00A0\u2003\u3000\n\n   \n");
        ODD.put("control characters", "Kyiv\u0000 said\u0001\u0007 drones\u001B[31m hit \u007F\u0085Kharkiv\u2028overnight\u2029.\f\u000B\n\u0000");
        ODD.put("lone surrogates", "\uDC00Drones \uD83D hit \uDFFF Kharkiv\uD800 overnight \uD83D\uDE80 the mayor said.\n\uD800");
        ODD.put("right-to-left", "\u202Eأعلنت وزارة الدفاع الأوكرانية\u202C اليوم \u200Fשלום עולם\u200F Kyiv \u2067مرحبا\u2069\n\u061Cقال المحافظ");
        ODD.put("HTML entities", "Kyiv &amp; Kharkiv &lt;b&gt;bold&lt;/b&gt; &#0; &#xD800; &#x1F680; &nbsp;&NotAnEntity; &#99999999; &#x; &");
        ODD.put("BOM and old line ends", "\uFEFFDrones hit Kharkiv\r\n\r\nPublished: 3 March 2024\r\rRussian drones struck Kharkiv overnight.\r\n");
        ODD.put("combining marks", "Z\u0337\u0322\u031Ba\u0336l\u0337g\u0338o\u0336 " + "e\u0301".repeat(500) + " \u0301\u0301\u0301 Kharkiv");
        ODD.put("impossible datelines", "Published: 31.02.2024\nUpdated: 99/99/9999 25:61 XYZ\nPosted on 32 March 2024 at 99:99 +99:99\n"
                + "Date 0000-00-00\n(Reuters) -\n(MENAFN- )\nText.");
        ODD.put("boilerplate only", "Comments (3)\nRead more\nShare this article\nThank you!\nAdvertisement");
        ODD.put("broken markup", "<div><p>Unclosed <b>bold <table><tr><td>cell</div></p>&<script>var x = '</p>';<!-- never closed");
        ODD.put("markup without text", "<html><head><title></title><script>x()</script><style>p{}</style></head><body><nav>Home</nav><p> </p></body></html>");
        ODD.put("deeply nested markup", "<div>".repeat(3000) + "<p>Deep inside, drones hit Kharkiv overnight.</p>" + "</div>".repeat(3000));
        ODD.put("bad JSON-LD and meta", "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":</script>"
                + "<meta property=\"article:published_time\" content=\"not a date\"><link rel=\"canonical\" href=\"http://[::1\">"
                + "<meta property=\"og:url\" content=\"::::\"></head><body><p>Text.</p></body></html>");
        ODD.put("a hundred problems", "<html><head>" + "<script type=\"application/ld+json\">{bad</script>".repeat(100) + "</head><body><p>x</p></body></html>");
    }

    private static final String SAMPLE = """
            Drones hit Kharkiv overnight
            Published: 3 March 2024 10:15
            KYIV (Reuters) - Russian drones struck Kharkiv overnight, the mayor said on Sunday.

            Ihor Terekhov said two people were wounded and a school was damaged in the Kyivskyi district.

            Read more:
            Kyiv says air defences shot down twenty drones
            Air defences were active over the capital for three hours, officials said.

            Photo: Reuters/Vyacheslav Madiyevskyy

            Comments (3)
            Stay strong Kharkiv!
            """;

    private Stream<DynamicTest> cases(Map<String, String> inputs) {
        List<DynamicTest> out = new ArrayList<>();
        for (var e : inputs.entrySet()) {
            out.add(DynamicTest.dynamicTest(e.getKey() + ", as text", () -> check(Articles.text(e.getValue()))));
            out.add(DynamicTest.dynamicTest(e.getKey() + ", as HTML", () -> check(Articles.html(e.getValue(), "https://news.example/a?utm_source=x"))));
        }
        return out.stream();
    }

    private void check(RawDocument raw) {
        Article out = assertTimeoutPreemptively(HUGE_INPUT_LIMIT, () -> run.apply(raw),
                () -> "'" + name + "' took longer than " + HUGE_INPUT_LIMIT.toSeconds() + " s on " + raw.body().length() + " characters");
        assertThat(out).as("'%s' returns an article", name).isNotNull();
        assertThat(out.origin()).as("origin passes through").isEqualTo(raw.origin());
        assertThat(out.fetched()).as("fetch time passes through").isEqualTo(raw.fetched());
        if (provides.contains(Facet.SOURCE_TEXT)) assertThat(out.sourceText()).as("source text (declared)").isNotNull();
        if (provides.contains(Facet.CLEAN_TEXT)) assertThat(out.text()).as("cleaned text (declared)").isNotNull();
        if (provides.contains(Facet.LANGUAGE)) {
            assertThat(out.language()).as("language (declared)").isNotBlank();
            assertThat(out.languageConfidence()).as("language confidence").isBetween(0.0, 1.0);
        }
        if (provides.contains(Facet.ID)) assertThat(out.id()).as("id (declared)").isNotBlank();
        assertSpansInBounds(out);
        assertThat(out.problems().items().size()).as("problems stay bounded").isLessThanOrEqualTo(Problems.LIMIT);

        Article second = run.apply(raw);
        if (!second.equals(out)) fail("'" + name + "' is a function: the same input gives an equal article; it did not" + difference(out, second));
        if (again != null) {
            Article twice = again.apply(out);
            if (!twice.equals(out)) {
                fail("'" + name + "' is idempotent: run again on its own output it changes nothing; it changed" + difference(out, twice));
            }
        }
    }

    /** Idempotence is not checked for this stage, and why (a known defect or a stated design), or null. */
    protected final String notIdempotent() {
        return notIdempotent;
    }

    /** The components of two articles that differ, each value cut to 300 characters (a huge input must not flood the report). */
    private static String difference(Article expected, Article actual) {
        StringBuilder out = new StringBuilder();
        for (RecordComponent c : Article.class.getRecordComponents()) {
            try {
                Object e = c.getAccessor().invoke(expected);
                Object a = c.getAccessor().invoke(actual);
                if (!Objects.equals(e, a)) out.append("\n  ").append(c.getName()).append(": ").append(cut(e)).append("\n  became ").append(cut(a));
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out.toString();
    }

    private static String cut(Object o) {
        String s = String.valueOf(o);
        return s.length() <= 300 ? s : s.substring(0, 300) + "… (" + s.length() + " characters)";
    }

    /** Every removed span inside the source text, in order, not overlapping the one before. */
    static void assertSpansInBounds(Article a) {
        List<RemovedSpan> spans = a.removed();
        if (spans.isEmpty()) return;
        assertThat(a.sourceText()).as("removed spans need a source text to point into").isNotNull();
        int length = a.sourceText().length();
        int previousEnd = 0;
        for (RemovedSpan s : spans) {
            assertThat(s.start()).as("span %s starts inside the source text (length %d)", s, length).isBetween(0, length);
            assertThat(s.end()).as("span %s ends inside the source text (length %d)", s, length).isBetween(s.start(), length);
            assertThat(s.start()).as("span %s starts after the span before it (which ends at %d)", s, previousEnd).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = s.end();
        }
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }
}
