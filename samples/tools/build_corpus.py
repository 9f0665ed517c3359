#!/usr/bin/env python3
"""Builds Sitrep's sample corpus (samples/corpus/) from the articles written below.

Every article here was written by the Sitrep team in our own words about real, public events of the
Russia-Ukraine war. Outlets and URLs are invented (".example" domains). The boilerplate, rewrites, wire
copies and machine-translation style imitate what real news streams look like. Run it again after editing:
    python3 samples/tools/build_corpus.py
It writes plain files, gzip, a WARC.gz, a cp1251 file and a few deliberately bad files, plus
samples/MANIFEST.md and samples/expected.json (the ground truth tests check), outside the corpus folder
so that ingesting the folder reads only articles."""
import gzip, io, json, os, shutil, uuid

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
EXPECTED = []


def write(path, data, mode="w"):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, mode + ("b" if isinstance(data, bytes) else ""), **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as f:
        f.write(data)


def expect(file, title, published, outlet, event, copy_of=None, copy_kind=None, boilerplate=(), reporting=(), record=None, language="en"):
    EXPECTED.append({"file": file, "record": record, "title": title, "published": published, "outlet": outlet,
                     "language": language, "event": event, "copy_of": copy_of, "copy_kind": copy_kind,
                     "boilerplate": list(boilerplate), "reporting": list(reporting)})


# ---------------------------------------------------------------- text/
T1 = """Ukrainian troops enter Kupiansk as Kharkiv offensive gathers pace
Published: 10 September 2022 18:20 UTC

Ukrainian soldiers entered the town of Kupiansk on Saturday, a regional official said, posting a photograph of troops with a national flag in front of the town council building.

Kupiansk, a railway junction on the Oskil River, had been under Russian control since the first days of the invasion. Its loss cuts one of the main lines that supplied Russian units around Izium.

The advance comes days after Ukrainian forces broke through near Balakliia, south-east of Kharkiv, and pushed east faster than most observers expected.

In Moscow, the Defence Ministry said it was "regrouping" troops from the Balakliia and Izium areas towards Donetsk.

Residents who stayed through the occupation described empty shops and months without pensions. "We waited for this day," one woman told local reporters.

Comments (3)
Slava Ukraini!
Finally some good news from the east.
Great reporting as always.
"""
write("text/kupiansk-2022-09-10-frontmonitor.txt", T1)
expect("text/kupiansk-2022-09-10-frontmonitor.txt", "Ukrainian troops enter Kupiansk as Kharkiv offensive gathers pace", "2022-09-10", None,
       "kupiansk-recapture-2022-09", boilerplate=["Comments (3)", "Finally some good news from the east."],
       reporting=["Kupiansk, a railway junction on the Oskil River", "\"regrouping\" troops from the Balakliia and Izium areas"])

T2 = """Updated 11.09.2022 08:40

Moscow pulls back from Izium as Ukrainian flag goes up in Kupiansk

Russia said on Saturday it was withdrawing forces from around Balakliia and Izium, a rare public admission of a setback, as Ukrainian units moved into Kupiansk further north.

The Russian Defence Ministry described the move as a planned regrouping to strengthen the front in the Donetsk region. Ukrainian officials said their troops had retaken dozens of settlements in the Kharkiv region since the start of the month.

Analysts said the loss of Kupiansk and Izium would make it much harder for Russia to keep supplying its forces in the north of Donetsk region.

Photo: Baltic Ledger archive
Read also: Why the railway town of Kupiansk matters
"""
write("text/izium-2022-09-11-balticledger.txt", T2)
expect("text/izium-2022-09-11-balticledger.txt", None, "2022-09-11", None, "kupiansk-recapture-2022-09",
       boilerplate=["Photo: Baltic Ledger archive", "Read also: Why the railway town of Kupiansk matters"],
       reporting=["a rare public admission of a setback", "Analysts said the loss of Kupiansk and Izium"])

T3 = """Ukrainian army enters Kupyansk, reports Eastern Front Monitor

As reported by Eastern Front Monitor, Ukrainian soldiers have on Saturday entered into the city Kupyansk, which was occupied by Russian army from the first days of invasion. A regional official showed a photo of soldiers with the flag in front of the city council.

The city Kupyansk is important railway knot on the river Oskil. According to Eastern Front Monitor, its loss is cutting one of main supply lines of Russian units around Izyum.

Before this, the Ukrainian forces made breakthrough near Balakleya, south-east from Kharkov, and moved to east more fast than many observers were expecting. The Ministry of Defence in Moscow said that it is "regrouping" the troops from regions of Balakleya and Izyum to direction Donetsk.

Disclaimer: this text was translated automatically and may contain errors.
"""
write("text/kupyansk-2022-09-rewrite-nordwest.txt", T3)
expect("text/kupyansk-2022-09-rewrite-nordwest.txt", "Ukrainian army enters Kupyansk, reports Eastern Front Monitor", None, None,
       "kupiansk-recapture-2022-09", copy_of="text/kupiansk-2022-09-10-frontmonitor.txt", copy_kind="rewrite",
       boilerplate=["Disclaimer: this text was translated automatically"],
       reporting=["As reported by Eastern Front Monitor", "important railway knot on the river Oskil"])

T4 = """date 2023-11-25 (MENAFN- Kharkiv Daily Wire) Russian forces keep attacking Ukrainian positions near Kupiansk in the Kharkiv region, a spokesman for Ukraine's Ground Forces said on Saturday, but have made no real progress.

Volodymyr Fitio told the national telethon that defenders had repelled several assaults near Synkivka and Ivanivka over the past day. He said Russian units were relying on artillery, guided bombs and kamikaze drones, and were sending small assault groups forward again and again despite heavy losses.

Fitio said fighting had also intensified in the Bakhmut direction, where Russian troops were trying to win back positions they lost during the summer.

"The enemy has no strategic success here," the spokesman said.
"""
write("text/kupiansk-2023-11-25-kharkivwire.txt", T4)
expect("text/kupiansk-2023-11-25-kharkivwire.txt", None, "2023-11-25", "MENAFN", "kupiansk-pressure-2023-11",
       boilerplate=["date 2023-11-25 (MENAFN- Kharkiv Daily Wire)"],
       reporting=["Russian forces keep attacking Ukrainian positions near Kupiansk", "near Synkivka and Ivanivka"])

T5 = """Kupiansk front: Russia presses on, Ukraine holds
Posted on November 26, 2023

Russia is again trying to reach the outskirts of Kupiansk, more than a year after Ukrainian troops retook the town, Ukrainian military officials said over the weekend.

According to Ukraine's General Staff, Russian units attacked near Synkivka several times on Saturday. Officials said the attacks were repelled. The Ground Forces spokesman, Volodymyr Fityo, said the Kremlin wanted battlefield "victories" to show before Russia's presidential election in March 2024.

Further south, the General Staff reported continued Russian attacks around Avdiivka in the Donetsk region.

Read also:
Winter is coming to the front line
How drones changed artillery spotting

To report an error in this article, select the text and press Ctrl+Enter.
"""
write("text/kupiansk-2023-11-26-frontmonitor.txt", T5)
expect("text/kupiansk-2023-11-26-frontmonitor.txt", "Kupiansk front: Russia presses on, Ukraine holds", "2023-11-26", None,
       "kupiansk-pressure-2023-11", boilerplate=["Winter is coming to the front line", "select the text and press Ctrl+Enter"],
       reporting=["Russia is again trying to reach the outskirts of Kupiansk", "Further south, the General Staff reported"])

T6 = """Russian troops keep storming near Kupyansk, Ukrainian army says
According to Kharkiv Daily Wire, the Russian army continues its assaults on Ukrainian positions near Kupyansk in the Kharkov region. A Ground Forces spokesman, Volodymyr Fityo, said that several attacks near Sinkovka and Ivanovka were repelled within one day.

He said the attackers use artillery, glide bombs and kamikaze drones and keep sending small assault groups despite losses, as reported by Kharkiv Daily Wire. The spokesman added that fighting has also grown near Bakhmut.

Image: Kharkiv Daily Wire / archive, illustrative
"""
write("text/kupyansk-2023-11-rewrite.txt", T6)
expect("text/kupyansk-2023-11-rewrite.txt", "Russian troops keep storming near Kupyansk, Ukrainian army says", None, None,
       "kupiansk-pressure-2023-11", copy_of="text/kupiansk-2023-11-25-kharkivwire.txt", copy_kind="rewrite",
       boilerplate=["Image: Kharkiv Daily Wire / archive, illustrative"],
       reporting=["According to Kharkiv Daily Wire", "near Sinkovka and Ivanovka"])

T7 = """Ukrainian army: Kupyansk is under our full control, the Russian claims are not true

The Russian-appointed official says that the Russian forces are standing on the edge of the city

5120 views 4 comment(s)
Kupyansk, the railway station (illustration), Photo: Adriatic Vijesti
Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate.
Updated: 14.11.2024. 16:05h

The General Staff of the Armed Forces of Ukraine has announced today that the city of Kupyansk is under full control of Ukrainian troops, and that the information about Russian soldiers in the city is not corresponding to the truth.

Earlier the official which was installed by Moscow in the occupied part of Kharkiv region, Vitaly Ganchev, declared that Russian units have taken a foothold on the outskirts of the city and are advancing.

The city Kupyansk was captured in the first days of the invasion in February 2022 and was liberated by the Ukrainian army in September of the same year.

Independent confirmation of the situation on the battlefield was not possible.

Bonus video:
"""
write("text/kupyansk-2024-11-14-adriatic.txt", T7)
expect("text/kupyansk-2024-11-14-adriatic.txt", "Ukrainian army: Kupyansk is under our full control, the Russian claims are not true", "2024-11-14", None,
       "kupiansk-dispute-2024-11", boilerplate=["5120 views", "Photo: Adriatic Vijesti", "Disclaimer: The translations", "Bonus video:"],
       reporting=["is under full control of Ukrainian troops", "Vitaly Ganchev, declared"])

T8 = """Kyiv and Moscow give opposite accounts of Kupiansk fighting
Published 15 Nov 2024

Ukraine and Russia offered contradictory pictures of the situation in Kupiansk on Thursday.

Ukraine's General Staff said its troops fully controlled the town and had stopped a Russian push towards it, calling reports of Russian soldiers inside Kupiansk false.

Vitaly Ganchev, the head of the Moscow-installed administration in the occupied parts of the Kharkiv region, said Russian forces had established themselves on the town's outskirts.

Neither claim could be independently verified. Kupiansk, which sits on the Oskil River, has been a target of Russian attacks since Ukraine recaptured it in 2022.

Sign up for our newsletter to get the Baltic Ledger morning briefing.
"""
write("text/kupiansk-2024-11-15-balticledger.txt", T8)
expect("text/kupiansk-2024-11-15-balticledger.txt", "Kyiv and Moscow give opposite accounts of Kupiansk fighting", "2024-11-15", None,
       "kupiansk-dispute-2024-11", boilerplate=["Sign up for our newsletter"],
       reporting=["calling reports of Russian soldiers inside Kupiansk false", "Neither claim could be independently verified"])

T9 = """Kakhovka dam destroyed, thousands flee rising water
Published: 6 June 2023 14:00 UTC

The Kakhovka dam on the Dnipro River in southern Ukraine was destroyed early on Tuesday, releasing the reservoir and flooding towns and villages downstream.

Ukrainian officials accused Russian forces, who had controlled the dam since 2022, of blowing it up. Moscow blamed Ukrainian shelling. Authorities on both banks began evacuating residents from low-lying areas of the Kherson region.

Experts warned that the loss of the reservoir would affect drinking water in the south and cooling water at the Zaporizhzhia nuclear power plant upstream, although the plant's operator said there was no immediate danger.

Related Posts:
"""
write("text/kakhovka-2023-06-06-southnews.txt", T9)
expect("text/kakhovka-2023-06-06-southnews.txt", "Kakhovka dam destroyed, thousands flee rising water", "2023-06-06", None, "kakhovka-dam-2023-06",
       boilerplate=["Related Posts:"], reporting=["The Kakhovka dam on the Dnipro River", "Moscow blamed Ukrainian shelling"])

T10 = """Wagner chief claims Bakhmut, Kyiv says fighting continues
Published: 21 May 2023

The head of the Wagner group said on Saturday that his fighters had taken full control of Bakhmut after months of fighting that destroyed most of the city.

Ukraine's deputy defence minister said Ukrainian forces still held a small part of the city and were advancing on its northern and southern flanks. President Volodymyr Zelensky, speaking at the G7 summit in Japan, gave answers that were read in different ways.

Bakhmut has been the longest and bloodiest battle of the war so far. Neither side's claims could be verified immediately.
"""
write("text/bakhmut-2023-05-21-eastwire.txt", T10)
expect("text/bakhmut-2023-05-21-eastwire.txt", "Wagner chief claims Bakhmut, Kyiv says fighting continues", "2023-05-21", None, "bakhmut-fall-2023-05",
       reporting=["taken full control of Bakhmut", "still held a small part of the city"])

T11 = """Ukraine pulls troops out of Avdiivka
Posted on February 17, 2024 09:15 UTC

Ukraine's top commander, Oleksandr Syrskyi, said on Saturday he had ordered troops to withdraw from Avdiivka to avoid encirclement and save soldiers' lives.

The industrial town near Donetsk had been under heavy attack since October. Russian forces had pushed into its northern districts and threatened the main supply road.

The withdrawal is Russia's largest territorial gain since the capture of Bakhmut in May 2023.

Thanks for reading! Follow us on Telegram for live updates.
"""
write("text/avdiivka-2024-02-17-frontmonitor.txt", T11)
expect("text/avdiivka-2024-02-17-frontmonitor.txt", "Ukraine pulls troops out of Avdiivka", "2024-02-17", None, "avdiivka-withdrawal-2024-02",
       boilerplate=["Follow us on Telegram"], reporting=["Oleksandr Syrskyi, said on Saturday", "largest territorial gain since the capture of Bakhmut"])


# ---------------------------------------------------------------- html/
def page(site, url, title, published, paragraphs, extra_body="", comments=None, related=None, author="Staff"):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": published,
          "publisher": {"@type": "Organization", "name": site}, "url": url, "author": {"@type": "Person", "name": author}}
    ps = "\n".join(f"      <p>{p}</p>" for p in paragraphs)
    rel = "" if not related else ("  <aside class=\"related\">\n    <h3>Related</h3>\n    <ul>\n" +
                                  "\n".join(f"      <li><a href=\"/{i}\">{r}</a></li>" for i, r in enumerate(related)) + "\n    </ul>\n  </aside>\n")
    com = "" if not comments else ("  <section id=\"comments\" class=\"comments\">\n    <h3>" + str(len(comments)) + " comments</h3>\n" +
                                   "\n".join(f"    <div class=\"comment\"><p>{c}</p></div>" for c in comments) + "\n  </section>\n")
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | {site}</title>
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="{site}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{published}">
  <link rel="canonical" href="{url}">
  <script type="application/ld+json">{json.dumps(ld)}</script>
  <style>body{{font-family:serif}}</style>
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Accept</button></div>
  <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/war">War</a></li><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li></ul></nav>
  <main>
    <article>
      <h1>{title}</h1>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div>
{ps}
{extra_body}    </article>
  </main>
{rel}{com}  <footer class="site-footer"><p>&copy; 2024 {site}. All rights reserved.</p><p><a href="/about">About us</a> | <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


H1 = ["A missile struck the railway station in Kramatorsk on Friday morning while hundreds of people, most of them women, children and elderly residents, waited for evacuation trains to the west.",
      "Regional officials said more than 50 people were killed and many more wounded. Remains of a rocket found near the station bore a painted slogan in Russian.",
      "Russia denied carrying out the strike. Ukrainian and Western officials said the attack on a crowded station was a deliberate strike on civilians.",
      "The station had been the main departure point for people leaving the Donetsk region ahead of an expected Russian offensive in the east."]
write("html/kramatorsk-2022-04-08-eastwire.html", page("Eastwire", "https://eastwire.example/2022/04/08/kramatorsk-station", "Missile strike on Kramatorsk station kills dozens of evacuees",
                                                      "2022-04-08T10:30:00Z", H1, comments=["Horrible.", "This is a war crime."], related=["Evacuation trains: what we know", "Donetsk region braces for offensive"]))
expect("html/kramatorsk-2022-04-08-eastwire.html", "Missile strike on Kramatorsk station kills dozens of evacuees", "2022-04-08", "Eastwire", "kramatorsk-station-2022-04",
       boilerplate=["We use cookies", "Share on Facebook", "This is a war crime.", "Evacuation trains: what we know", "All rights reserved"],
       reporting=["A missile struck the railway station in Kramatorsk", "Russia denied carrying out the strike"])

H2 = ["The last Ukrainian defenders of the Azovstal steel works in Mariupol laid down their arms, Russia's Defence Ministry said on Friday, ending a siege of nearly three months.",
      "Ukraine's military had ordered the garrison earlier in the week to save their lives, and hundreds of fighters, many of them wounded, were taken to territory held by Russian forces.",
      "Kyiv said it hoped to bring the soldiers home in a prisoner exchange. Moscow's account and Kyiv's account of the numbers involved differed."]
write("html/azovstal-2022-05-20-balticledger.html", page("Baltic Ledger", "https://balticledger.example/world/azovstal-siege-ends", "Azovstal siege ends as last defenders leave the plant",
                                                        "2022-05-20T19:45:00+02:00", H2, related=["Mariupol before the war", "Who are the Azovstal defenders?"]))
expect("html/azovstal-2022-05-20-balticledger.html", "Azovstal siege ends as last defenders leave the plant", "2022-05-20", "Baltic Ledger", "azovstal-2022-05",
       boilerplate=["Mariupol before the war", "We use cookies", "Copy link"], reporting=["The last Ukrainian defenders of the Azovstal steel works", "prisoner exchange"])

H3 = ["An explosion badly damaged the Kerch bridge linking Russia to occupied Crimea early on Saturday, bringing down part of the road section and setting fuel tanks on a train alight.",
      "Russian investigators said a truck had blown up on the bridge. Ukrainian officials did not claim responsibility at first.",
      "Traffic on the bridge, a key supply route for Russian forces in southern Ukraine, was partly restored later that day."]
write("html/kerch-bridge-2022-10-08-southnews.html", page("South News", "https://southnews.example/2022/10/08/kerch-bridge-explosion", "Blast damages Kerch bridge to Crimea",
                                                         "2022-10-08T09:10:00Z", H3, extra_body="      <figure><img src=\"/img/bridge.jpg\" alt=\"\"><figcaption>Photo: South News archive</figcaption></figure>\n"))
expect("html/kerch-bridge-2022-10-08-southnews.html", "Blast damages Kerch bridge to Crimea", "2022-10-08", "South News", "kerch-bridge-2022-10",
       boilerplate=["Photo: South News archive", "Share on X"], reporting=["An explosion badly damaged the Kerch bridge", "Russian investigators said a truck"])

H4 = ["Ukrainian troops entered the city of Kherson on Friday, two days after Russia announced it would withdraw its forces to the eastern bank of the Dnipro.",
      "Crowds gathered in the central square, waving flags and greeting soldiers. Kherson was the only regional capital Russia had captured since the invasion began.",
      "Officials warned residents that the retreating forces had left mines in many buildings and that power and water were cut."]
write("html/kherson-2022-11-11-kharkivwire.html", page("Kharkiv Daily Wire", "https://kharkivwire.example/news/kherson-liberated", "Ukrainian forces enter Kherson after Russian retreat",
                                                      "2022-11-11T15:00:00Z", H4, comments=["Glory to the heroes!"]))
expect("html/kherson-2022-11-11-kharkivwire.html", "Ukrainian forces enter Kherson after Russian retreat", "2022-11-11", "Kharkiv Daily Wire", "kherson-liberation-2022-11",
       boilerplate=["Glory to the heroes!"], reporting=["Ukrainian troops entered the city of Kherson on Friday", "left mines in many buildings"])

H5 = ["Ukrainian forces crossed into Russia's Kursk region on Tuesday in the largest cross-border attack of the war, Russian officials said.",
      "Russia's Defence Ministry said about a thousand troops with tanks and armoured vehicles were involved and that the advance had been stopped. Ukraine's leadership initially made no comment.",
      "The regional governor declared a state of emergency as thousands of residents left border districts."]
write("html/kursk-2024-08-07-nordwest.html", page("Nordwest Kurier (English edition)", "https://nordwest-kurier.example/en/kursk-incursion", "Ukrainian troops cross into Russia's Kursk region",
                                                 "2024-08-07T12:00:00+02:00", H5, related=["Map: the front line today"]))
expect("html/kursk-2024-08-07-nordwest.html", "Ukrainian troops cross into Russia's Kursk region", "2024-08-07", "Nordwest Kurier (English edition)", "kursk-incursion-2024-08",
       boilerplate=["Map: the front line today"], reporting=["crossed into Russia's Kursk region", "state of emergency"])

H6 = ["Ukraine's General Staff on Thursday rejected claims that Russian troops had entered Kupiansk, saying the town remained under Ukrainian control and that an attempted advance had been stopped.",
      "A Russian-installed official in the Kharkiv region had said Russian forces were fighting on the town's outskirts.",
      "Kupiansk lies on the Oskil River and is an important railway hub. Ukrainian troops recaptured it in September 2022, and Russia has tried to return to it ever since."]
write("html/kupiansk-2024-11-14-frontmonitor.html", page("Eastern Front Monitor", "https://frontmonitor.example/2024/11/14/kupiansk-general-staff", "General Staff denies Russian troops are in Kupiansk",
                                                        "2024-11-14T13:30:00Z", H6, related=["Kupiansk: a timeline"], comments=["Hold on, Kupiansk!"]))
expect("html/kupiansk-2024-11-14-frontmonitor.html", "General Staff denies Russian troops are in Kupiansk", "2024-11-14", "Eastern Front Monitor", "kupiansk-dispute-2024-11",
       boilerplate=["Kupiansk: a timeline", "Hold on, Kupiansk!"], reporting=["rejected claims that Russian troops had entered Kupiansk", "Russian-installed official"])

# ---------------------------------------------------------------- json/
J = [
    {"title": "Ukraine says Russian assaults near Kupiansk repelled", "outlet": "Eastwire", "url": "https://eastwire.example/2023/11/27/kupiansk-assaults",
     "published": "2023-11-27T07:30:00Z", "language": "en", "section": "frontline",
     "text": "Ukrainian forces repelled Russian attacks near Synkivka and Petropavlivka in the Kupiansk direction over the past day, the General Staff said in its morning update on Monday.\n\nRussian units also kept up pressure around Avdiivka and Marinka in the Donetsk region, the report said."},
    {"title": "Kherson celebrates return of Ukrainian troops", "outlet": "Baltic Ledger", "url": "https://balticledger.example/world/kherson-celebrates",
     "published": "2022-11-12T10:00:00Z", "language": "en", "section": "world",
     "text": "Residents of Kherson celebrated in the streets on Friday as Ukrainian soldiers arrived in the city, Kharkiv Daily Wire reported.\n\nAccording to Kharkiv Daily Wire, the city had been held by Russian forces since March, and Russia announced on Wednesday that it would pull its troops back across the Dnipro. Officials warned of mines left in buildings."},
    {"title": "Shelling near Zaporizhzhia nuclear plant raises alarm", "outlet": "South News", "url": "https://southnews.example/2022/08/12/zaporizhzhia-plant-shelling",
     "published": "2022-08-12T16:00:00Z", "language": "en", "section": "energy",
     "text": "The UN nuclear watchdog warned of a grave situation after new shelling near the Zaporizhzhia nuclear power plant, Europe's largest, which Russian forces have occupied since March.\n\nUkraine said Russian troops were firing from the plant's grounds. Russia said Ukrainian forces were shelling the site. The IAEA called for its experts to be allowed to visit."},
]
write("json/wire-batch.json", json.dumps(J, ensure_ascii=False, indent=2) + "\n")
expect("json/wire-batch.json", J[0]["title"], "2023-11-27", "Eastwire", "kupiansk-pressure-2023-11", record="item 1", reporting=["near Synkivka and Petropavlivka"])
expect("json/wire-batch.json", J[1]["title"], "2022-11-12", "Baltic Ledger", "kherson-liberation-2022-11", record="item 2",
       copy_of="html/kherson-2022-11-11-kharkivwire.html", copy_kind="rewrite", reporting=["Kharkiv Daily Wire reported"])
expect("json/wire-batch.json", J[2]["title"], "2022-08-12", "South News", "zaporizhzhia-npp-2022-08", record="item 3", reporting=["The UN nuclear watchdog warned"])

WAGNER_COPY = T10.split("\n", 2)[2].replace("Published: 21 May 2023\n\n", "")
L = [
    {"title": "Wagner chief claims Bakhmut, Kyiv says fighting continues", "outlet": "Danube Times", "url": "https://danubetimes.example/eastwire/bakhmut-claim",
     "published": "2023-05-21T06:00:00Z", "language": "en", "wire": "Eastwire", "text": "(Eastwire) - " + WAGNER_COPY.strip()},
    {"title": "Crimea bridge hit by blast, traffic halted", "outlet": "Danube Times", "url": "https://danubetimes.example/world/crimea-bridge-blast",
     "published": "2022-10-08T12:00:00Z", "language": "en",
     "text": "A large explosion on Saturday knocked down part of the road section of the Kerch bridge between Russia and Crimea, South News reported. A fuel train on the rail section caught fire.\n\nAs reported by South News, Russian investigators blamed a truck bomb. The bridge carries supplies for Russian troops in the south of Ukraine."},
    {"title": "Ukraine recaptures Balakliia in surprise Kharkiv push", "outlet": "Kharkiv Daily Wire", "url": "https://kharkivwire.example/news/balakliia",
     "published": "2022-09-08T17:00:00Z", "language": "en",
     "text": "Ukrainian troops have retaken the town of Balakliia south-east of Kharkiv, officials said on Thursday, in the first big gain of a counteroffensive in the north-east.\n\nThe speed of the advance surprised Russian military bloggers, who reported units pulling back towards Kupiansk and Izium."},
    {"title": "Mass burial site found near Izium", "outlet": "Eastwire", "url": "https://eastwire.example/2022/09/15/izium-burial-site",
     "published": "2022-09-15T14:00:00Z", "language": "en",
     "text": "Ukrainian investigators said they had found a mass burial site with more than 400 graves in a forest near Izium, days after Russian forces left the town.\n\nPresident Volodymyr Zelensky visited Izium on Wednesday. Officials said exhumations would establish how the people died."},
]
write("json/stream.jsonl", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in L))
expect("json/stream.jsonl", L[0]["title"], "2023-05-21", "Danube Times", "bakhmut-fall-2023-05", record="line 1",
       copy_of="text/bakhmut-2023-05-21-eastwire.txt", copy_kind="exact", reporting=["taken full control of Bakhmut"])
expect("json/stream.jsonl", L[1]["title"], "2022-10-08", "Danube Times", "kerch-bridge-2022-10", record="line 2",
       copy_of="html/kerch-bridge-2022-10-08-southnews.html", copy_kind="rewrite", reporting=["South News reported"])
expect("json/stream.jsonl", L[2]["title"], "2022-09-08", "Kharkiv Daily Wire", "kupiansk-recapture-2022-09", record="line 3", reporting=["retaken the town of Balakliia"])
expect("json/stream.jsonl", L[3]["title"], "2022-09-15", "Eastwire", "izium-graves-2022-09", record="line 4", reporting=["mass burial site"])

G = [
    {"title": "Kursk: Russia evacuates border districts as fighting goes on", "outlet": "Baltic Ledger", "url": "https://balticledger.example/world/kursk-evacuation",
     "published": "2024-08-12T09:00:00Z", "language": "en",
     "text": "Russian authorities extended evacuations in the Kursk region on Monday, nearly a week after Ukrainian troops crossed the border, and said fighting was continuing in several districts.\n\nKyiv has said little about the aims of the operation."},
    {"title": "Kupiansk residents return to a town without power", "outlet": "Eastern Front Monitor", "url": "https://frontmonitor.example/2022/09/20/kupiansk-residents",
     "published": "2022-09-20T11:00:00Z", "language": "en",
     "text": "Ten days after Ukrainian troops entered Kupiansk, residents are returning to a town with no electricity, gas or running water, and with Russian artillery still firing from across the Oskil River.\n\nVolunteers are handing out food at the railway station."},
]
with gzip.open(os.path.join(ROOT, "json", "late.jsonl.gz"), "wt", encoding="utf-8") as f:
    for x in G:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
expect("json/late.jsonl.gz", G[0]["title"], "2024-08-12", "Baltic Ledger", "kursk-incursion-2024-08", record="line 1", reporting=["extended evacuations in the Kursk region"])
expect("json/late.jsonl.gz", G[1]["title"], "2022-09-20", "Eastern Front Monitor", "kupiansk-recapture-2022-09", record="line 2", reporting=["across the Oskil River"])

# ---------------------------------------------------------------- feeds/
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Eastern Front Monitor</title>
    <link>https://frontmonitor.example/</link>
    <description>News from the front line</description>
    <language>en-us</language>
    <item>
      <title>Ukraine breaks through near Balakliia</title>
      <link>https://frontmonitor.example/2022/09/09/balakliia-breakthrough</link>
      <guid>https://frontmonitor.example/2022/09/09/balakliia-breakthrough</guid>
      <pubDate>Fri, 09 Sep 2022 16:00:00 GMT</pubDate>
      <description>Ukrainian forces have broken through Russian lines near Balakliia in the Kharkiv region and are advancing east towards the Oskil River, officials said.</description>
    </item>
    <item>
      <title>Strike hits blood transfusion centre in Kupiansk</title>
      <link>https://frontmonitor.example/2023/08/05/kupiansk-blood-centre</link>
      <guid>https://frontmonitor.example/2023/08/05/kupiansk-blood-centre</guid>
      <pubDate>Sat, 05 Aug 2023 15:20:00 GMT</pubDate>
      <description><![CDATA[<p>A Russian strike hit a blood transfusion centre in Kupiansk on Saturday, regional officials said, reporting casualties among staff.</p><p>Photo: Eastern Front Monitor</p>]]></description>
    </item>
    <item>
      <title>Authorities order evacuation of villages around Kupiansk</title>
      <link>https://frontmonitor.example/2023/08/09/kupiansk-evacuation</link>
      <guid>https://frontmonitor.example/2023/08/09/kupiansk-evacuation</guid>
      <pubDate>Wed, 09 Aug 2023 12:00:00 GMT</pubDate>
      <description>Local authorities ordered the mandatory evacuation of dozens of settlements in the Kupiansk district as Russian shelling intensified.</description>
    </item>
  </channel>
</rss>
"""
write("feeds/frontmonitor.xml", RSS)
expect("feeds/frontmonitor.xml", "Ukraine breaks through near Balakliia", "2022-09-09", "frontmonitor.example", "kupiansk-recapture-2022-09", record="item 1", reporting=["broken through Russian lines near Balakliia"])
expect("feeds/frontmonitor.xml", "Strike hits blood transfusion centre in Kupiansk", "2023-08-05", "frontmonitor.example", "kupiansk-blood-centre-2023-08", record="item 2",
       boilerplate=["Photo: Eastern Front Monitor"], reporting=["A Russian strike hit a blood transfusion centre"])
expect("feeds/frontmonitor.xml", "Authorities order evacuation of villages around Kupiansk", "2023-08-09", "frontmonitor.example", "kupiansk-evacuation-2023-08", record="item 3",
       reporting=["mandatory evacuation of dozens of settlements"])

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Kharkiv Daily Wire</title>
  <link href="https://kharkivwire.example/"/>
  <id>https://kharkivwire.example/</id>
  <updated>2024-05-11T08:00:00Z</updated>
  <entry>
    <title>Russia opens new offensive towards Vovchansk</title>
    <link href="https://kharkivwire.example/news/vovchansk-offensive"/>
    <id>https://kharkivwire.example/news/vovchansk-offensive</id>
    <published>2024-05-10T18:00:00Z</published>
    <updated>2024-05-10T18:00:00Z</updated>
    <summary>Russian troops crossed the border north of Kharkiv on Friday and attacked towards Vovchansk, Ukraine's defence ministry said, opening a new front in the region.</summary>
  </entry>
  <entry>
    <title>Civilians evacuated from Vovchansk under fire</title>
    <link href="https://kharkivwire.example/news/vovchansk-evacuation"/>
    <id>https://kharkivwire.example/news/vovchansk-evacuation</id>
    <published>2024-05-11T08:00:00Z</published>
    <updated>2024-05-11T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Police and volunteers evacuated hundreds of residents from Vovchansk on Saturday as Russian artillery and glide bombs hit the town.&lt;/p&gt;</content>
  </entry>
</feed>
"""
write("feeds/kharkivwire.atom", ATOM)
expect("feeds/kharkivwire.atom", "Russia opens new offensive towards Vovchansk", "2024-05-10", "kharkivwire.example", "vovchansk-offensive-2024-05", record="item 1", reporting=["attacked towards Vovchansk"])
expect("feeds/kharkivwire.atom", "Civilians evacuated from Vovchansk under fire", "2024-05-11", "kharkivwire.example", "vovchansk-offensive-2024-05", record="item 2", reporting=["evacuated hundreds of residents"])


# ---------------------------------------------------------------- warc/
def warc_record(headers, block):
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Length: {len(block)}\r\n\r\n"
    raw = head.encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(raw)


W1 = page("Danube Times", "https://danubetimes.example/world/kupiansk-pressure", "Russian pressure on Kupiansk grows, Ukrainian officials say", "2023-11-28T08:00:00Z",
          ["Russian forces have stepped up attacks on the Kupiansk front in the Kharkiv region, Ukrainian military officials said on Tuesday, with assaults near Synkivka repelled again.",
           "Officials said Russian commanders were throwing small infantry groups at Ukrainian positions, supported by drones and artillery, despite heavy losses."])
W2 = page("Nordwest Kurier (English edition)", "https://nordwest-kurier.example/en/bakhmut-wagner-claim", "Wagner says Bakhmut taken, Ukraine disputes it", "2023-05-21T10:00:00+02:00",
          ["The Wagner mercenary group claimed on Saturday to have captured Bakhmut, Eastwire reported. According to Eastwire, Ukrainian officials said their troops still held part of the city.",
           "Bakhmut, largely destroyed after months of fighting, became a symbol of the war for both sides."])
out = b""
out += warc_record([("WARC-Type", "warcinfo"), ("WARC-Record-ID", f"<urn:uuid:{uuid.UUID(int=1)}>"), ("WARC-Date", "2024-01-05T10:00:00Z"),
                    ("Content-Type", "application/warc-fields")], b"software: Sitrep sample corpus builder\r\nformat: WARC File Format 1.1\r\n")
for i, (url, html, date) in enumerate([("https://danubetimes.example/world/kupiansk-pressure", W1, "2023-11-28T09:00:00Z"),
                                       ("https://nordwest-kurier.example/en/bakhmut-wagner-claim", W2, "2023-05-21T09:30:00Z")]):
    body = html.encode("utf-8")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    out += warc_record([("WARC-Type", "response"), ("WARC-Record-ID", f"<urn:uuid:{uuid.UUID(int=10 + i)}>"), ("WARC-Date", date),
                        ("WARC-Target-URI", url), ("Content-Type", "application/http; msgtype=response")], http)
write("warc/capture.warc.gz", out)
expect("warc/capture.warc.gz", "Russian pressure on Kupiansk grows, Ukrainian officials say", "2023-11-28", "Danube Times", "kupiansk-pressure-2023-11", record="record 2",
       boilerplate=["We use cookies", "All rights reserved"], reporting=["stepped up attacks on the Kupiansk front"])
expect("warc/capture.warc.gz", "Wagner says Bakhmut taken, Ukraine disputes it", "2023-05-21", "Nordwest Kurier (English edition)", "bakhmut-fall-2023-05", record="record 3",
       copy_of="text/bakhmut-2023-05-21-eastwire.txt", copy_kind="rewrite", reporting=["Eastwire reported"])

# ---------------------------------------------------------------- bad/
png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(range(0, 64)) + b"\x00" * 32
write("bad/photo-caption.txt", png)
write("bad/truncated.html", page("South News", "https://southnews.example/cut", "A page cut off in transfer", "2023-01-01T00:00:00Z",
                                 ["This page was cut off while it was being downloaded, in the middle of a tag."])[:900].rsplit("<", 1)[0] + "<p class=\"lea")
mixed = [json.dumps({"title": "Drone attack on Kharkiv energy site", "outlet": "Eastwire", "published": "2024-03-22T05:00:00Z", "url": "https://eastwire.example/2024/03/22/kharkiv-energy",
                     "text": "Russian drones and missiles hit energy facilities in Kharkiv overnight, cutting power to much of the city, the mayor said."}),
         json.dumps({"title": "Odesa port struck again", "outlet": "South News", "published": "2023-07-20T06:00:00Z", "url": "https://southnews.example/2023/07/20/odesa-port",
                     "text": "Russia struck port infrastructure in Odesa for a third night in a row after leaving the Black Sea grain deal, Ukrainian officials said."}),
         '{"title": "Broken record", "text": "this line is not valid JSON because it never closes',
         json.dumps({"title": "Zelensky visits liberated Kherson", "outlet": "Kharkiv Daily Wire", "published": "2022-11-14T12:00:00Z", "url": "https://kharkivwire.example/news/zelensky-kherson",
                     "text": "President Volodymyr Zelensky visited Kherson on Monday, three days after Ukrainian troops returned to the city, and called it the beginning of the end of the war."})]
write("bad/mixed.jsonl", "\n".join(mixed) + "\n")
for i, rec in ((1, "Drone attack on Kharkiv energy site"), (2, "Odesa port struck again"), (4, "Zelensky visits liberated Kherson")):
    expect("bad/mixed.jsonl", rec, None, None, None, record=f"line {i}")
write("bad/empty.txt", b"")
# ---------------------------------------------------------------- other languages (issue 20)
# One event the English samples cover (Kupiansk, 10 September 2022) told by a Ukrainian, a Russian-language and a
# Polish outlet in their own words, and a Polish translation of an English report, credited to it.
UK1 = """Українські військові увійшли до Купʼянська
Опубліковано: 10.09.2022 19:05

Українські військові в суботу увійшли до Купʼянська на Харківщині, повідомив голова Харківської обласної військової адміністрації Олег Синєгубов. Він оприлюднив фото бійців із прапором біля будівлі міської ради.

Купʼянськ є важливим залізничним вузлом на річці Оскіл. Місто перебувало під російською окупацією з перших днів вторгнення, а через нього йшло постачання російських підрозділів під Ізюмом.

Наступом на Харківщині керує командувач Сухопутних військ Олександр Сирський. За кілька днів українські сили просунулися від Балаклії на схід швидше, ніж очікували спостерігачі.

Того ж дня Міністерство оборони Росії заявило про «перегрупування» військ із районів Балаклії та Ізюма на донецький напрямок.

«Ми чекали на цей день пів року, а тепер не віримо своїм очам», — сказала журналістам місцева мешканка.
"""
write("text/kupiansk-2022-09-10-skhidnyi-visnyk-uk.txt", UK1)
expect("text/kupiansk-2022-09-10-skhidnyi-visnyk-uk.txt", "Українські військові увійшли до Купʼянська", "2022-09-10", None,
       "kupiansk-recapture-2022-09", reporting=["Олександр Сирський", "«перегрупування»"], language="uk")

RU1 = """ВСУ вошли в Купянск, Минобороны России объявило о «перегруппировке»
Опубликовано: 10.09.2022 21:40

Украинские военные в субботу вошли в Купянск Харьковской области. Об этом сообщил глава Харьковской областной администрации Олег Синегубов, опубликовав снимок бойцов с флагом у здания горсовета.

Купянск является крупным железнодорожным узлом на реке Оскол. Через город шло снабжение российской группировки под Изюмом, а сам он был занят российскими войсками в конце февраля.

Министерство обороны России в тот же день сообщило, что войска из районов Балаклеи и Изюма выводятся для усиления на донецком направлении. Контрнаступлением руководит командующий Сухопутными войсками Украины Александр Сырский.

«Мы ждали этого полгода», — сказала корреспонденту местная жительница.
"""
write("text/kupiansk-2022-09-10-svodka-ru.txt", RU1)
expect("text/kupiansk-2022-09-10-svodka-ru.txt", "ВСУ вошли в Купянск, Минобороны России объявило о «перегруппировке»", "2022-09-10", None,
       "kupiansk-recapture-2022-09", reporting=["Александр Сырский"], language="ru")

PL1 = """Ukraińcy weszli do Kupiańska, Moskwa mówi o „przegrupowaniu”
Opublikowano: 11.09.2022 08:30

Ukraińscy żołnierze w sobotę weszli do Kupiańska w obwodzie charkowskim – poinformował szef obwodowej administracji wojskowej Ołeh Syniehubow, który opublikował zdjęcie żołnierzy z flagą przed budynkiem rady miejskiej.

Kupiańsk jest ważnym węzłem kolejowym nad rzeką Oskił. Przez miasto biegła jedna z głównych linii zaopatrzenia wojsk rosyjskich pod Iziumem.

Rosyjskie Ministerstwo Obrony ogłosiło w sobotę „przegrupowanie” wojsk z rejonu Bałakliji i Iziumu w kierunku Doniecka. Kontrofensywą dowodzi dowódca Wojsk Lądowych Ukrainy gen. Ołeksandr Syrski.

„To największy sukces ukraińskiej armii od wyparcia Rosjan spod Kijowa” – ocenił w rozmowie z naszą redakcją analityk wojskowy.
"""
write("text/kupiansk-2022-09-11-kurier-wschodni-pl.txt", PL1)
expect("text/kupiansk-2022-09-11-kurier-wschodni-pl.txt", "Ukraińcy weszli do Kupiańska, Moskwa mówi o „przegrupowaniu”", "2022-09-11", None,
       "kupiansk-recapture-2022-09", reporting=["gen. Ołeksandr Syrski"], language="pl")

PL2 = """Ukraińskie wojska wkraczają do Kupiańska, ofensywa w obwodzie charkowskim nabiera tempa
Opublikowano: 11.09.2022 10:15

Ukraińscy żołnierze weszli w sobotę do miasta Kupiańsk, powiedział urzędnik regionalny, publikując zdjęcie żołnierzy z flagą narodową przed budynkiem rady miejskiej.

Kupiańsk, węzeł kolejowy nad rzeką Oskił, był pod rosyjską kontrolą od pierwszych dni inwazji. Jego utrata przecina jedną z głównych linii, które zaopatrywały rosyjskie jednostki w rejonie Iziumu.

Postęp następuje kilka dni po tym, jak siły ukraińskie przełamały obronę w pobliżu Bałakliji, na południowy wschód od Charkowa, i posuwały się na wschód szybciej, niż oczekiwała większość obserwatorów.

W Moskwie Ministerstwo Obrony oświadczyło, że „przegrupowuje” wojska z rejonów Bałakliji i Iziumu w kierunku Doniecka.

Mieszkańcy, którzy przetrwali okupację, opisywali puste sklepy i miesiące bez emerytur. „Czekaliśmy na ten dzień” – powiedziała lokalnym reporterom jedna z kobiet.

Tłumaczenie redakcji na podstawie Eastern Front Monitor.
"""
write("text/kupiansk-2022-09-11-przeglad-pl-translation.txt", PL2)
expect("text/kupiansk-2022-09-11-przeglad-pl-translation.txt", "Ukraińskie wojska wkraczają do Kupiańska, ofensywa w obwodzie charkowskim nabiera tempa",
       "2022-09-11", None, "kupiansk-recapture-2022-09", copy_of="text/kupiansk-2022-09-10-frontmonitor.txt", copy_kind="translation",
       reporting=["węzeł kolejowy nad rzeką Oskił"], language="pl")

CP = """Купʼянськ: окупанти знову намагаються наступати
Опубліковано: 27.11.2023

Російські війська продовжують спроби наступу на Купʼянському напрямку, повідомили у Сухопутних військах. За минулу добу українські захисники відбили кілька атак поблизу Синьківки та Іванівки.
"""
write("bad/kupiansk-cp1251.txt", CP.replace("ʼ", "'").encode("cp1251"))
expect("bad/kupiansk-cp1251.txt", "Купʼянськ: окупанти знову намагаються наступати".replace("ʼ", "'"), "2023-11-27", None, "kupiansk-pressure-2023-11",
       reporting=["Синьківки та Іванівки"], language="uk")

REJECTED = {"bad/photo-caption.txt": "binary", "bad/truncated.html": "truncated-html", "bad/mixed.jsonl (line 3)": "invalid-json", "bad/empty.txt": "empty"}

with open(os.path.join(ROOT, "..", "expected.json"), "w", encoding="utf-8") as f:
    json.dump({"articles": EXPECTED, "rejected": REJECTED}, f, ensure_ascii=False, indent=1)
    f.write("\n")

rows = ["| file | record | event | published | copy of | what it shows |", "|---|---|---|---|---|---|"]
for e in EXPECTED:
    shows = []
    if e["copy_kind"]:
        shows.append(e["copy_kind"] + " copy")
    if e["boilerplate"]:
        shows.append("boilerplate: " + "; ".join(b[:30] for b in e["boilerplate"][:2]))
    rows.append(f"| `{e['file']}` | {e['record'] or ''} | {e['event'] or ''} | {e['published'] or '(none)'} | {e['copy_of'] or ''} | {', '.join(shows)} |")
for k, v in REJECTED.items():
    rows.append(f"| `{k}` | | | | | rejected: {v} |")
with open(os.path.join(ROOT, "..", "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("# Sample corpus (`samples/corpus/`)\n\nWritten by the Sitrep team, in our own words, about real public events of the Russia-Ukraine war "
            "(2022-2024). Outlets and URLs are invented. Built by `python3 samples/tools/build_corpus.py`, which holds the texts; "
            "`expected.json` is the ground truth the tests check (titles, dates, events, copies, boilerplate, rejections).\n\n"
            f"{len(EXPECTED)} articles in {len(set(e['file'] for e in EXPECTED))} files, plus {len(REJECTED)} inputs that must be rejected. "
            "`bad/kupiansk-cp1251.txt` is a Ukrainian text in windows-1251 that must be detected and decoded, not rejected.\n\n" + "\n".join(rows) + "\n")
print(f"{len(EXPECTED)} articles, {len(REJECTED)} rejections written to {os.path.normpath(ROOT)}")
