package org.sitrep.language;

import java.nio.file.*; import java.time.Instant; import java.util.*;
import org.sitrep.model.*; import org.sitrep.ingest.*;
import com.github.pemistahl.lingua.api.*;
import static com.github.pemistahl.lingua.api.Language.*;
import org.sitrep.testkit.CollectingSink;
/** Compares Lingua configurations (languages, accuracy mode) on the labelled RSS items: accuracy, speed, heap. Not a test; run by hand: {@code ./run-tests --main org.sitrep.language.LinguaConfigComparison RSS [30]} (BENCHMARKS.md). */
public class LinguaConfigComparison { public static void main(String[] a) throws Exception {
  CollectingSink read = new CollectingSink();
  new Readers(ReaderOptions.defaults()).read(Sources.expand(List.of(a[0]), null).get(0), Instant.EPOCH, read, x -> {});
  List<RawDocument> docs = read.documents();
  Language[] l30 = {ENGLISH, POLISH, UKRAINIAN, RUSSIAN, BELARUSIAN, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, CZECH, SLOVAK, ROMANIAN, HUNGARIAN, BULGARIAN, SERBIAN, CROATIAN, BOSNIAN, SLOVENE, LITHUANIAN, LATVIAN, ESTONIAN, FINNISH, SWEDISH, DANISH, BOKMAL, TURKISH, ARABIC, GEORGIAN};
  Language[] l16 = {ENGLISH, POLISH, UKRAINIAN, RUSSIAN, GERMAN, FRENCH, SPANISH, ITALIAN, CZECH, SLOVAK, ROMANIAN, HUNGARIAN, BULGARIAN, CROATIAN, SERBIAN, LITHUANIAN};
  Language[] L = a.length > 1 && a[1].equals("30") ? l30 : l16;
  System.out.println(L.length + " languages");
  for (String mode : List.of("low", "high")) {
    Runtime rt = Runtime.getRuntime(); System.gc(); long m0 = rt.totalMemory()-rt.freeMemory();
    var b = LanguageDetectorBuilder.fromLanguages(L); if (mode.equals("low")) b = b.withLowAccuracyMode();
    var det = b.build();
    int ok=0, n=0, okS=0, nS=0; long t0=System.nanoTime();
    for (RawDocument d : docs) { if (d.languageHint()==null) continue; String text = (d.title()==null?"":d.title()+"\n")+d.body(); String want = d.languageHint().substring(0,2);
      var got = det.detectLanguageOf(text); String g = got == UNKNOWN ? "und" : got.getIsoCode639_1().toString().toLowerCase();
      n++; if (g.equals(want)) ok++; if (text.length()<100){nS++; if(g.equals(want)) okS++;} }
    double s=(System.nanoTime()-t0)/1e9; System.gc(); long m1 = rt.totalMemory()-rt.freeMemory();
    System.out.printf("%s: accuracy %.4f (%d/%d), short<100 %.4f (%d), %.0f items/s, heap delta %d MB%n", mode, ok/(double)n, ok, n, okS/(double)Math.max(1,nS), nS, n/s, (m1-m0)>>20);
  }
}}
