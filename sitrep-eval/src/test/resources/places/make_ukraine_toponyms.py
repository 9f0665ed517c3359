# The hand-resolved Ukrainian toponym set (ukraine-toponyms.tsv): the rules find the spans, the table says which
# place each is and where its point comes from; every row was then read in its article and the rules corrected.
#   python3 make_ukraine_toponyms.py review   # each row with the words around it, to read
#   python3 make_ukraine_toponyms.py write    # rewrites the rows of ukraine-toponyms.tsv, keeping its header
# The texts are read from the shared folder (../shared beside the repository, or $SITREP_SHARED).
import os,re,sys
HERE=os.path.dirname(os.path.abspath(__file__))
def shared():
    if os.environ.get('SITREP_SHARED'): return os.environ['SITREP_SHARED'].rstrip('/')+'/'
    d=HERE
    while d!='/':
        if os.path.isdir(os.path.join(os.path.dirname(d),'shared')): return os.path.join(os.path.dirname(d),'shared')+'/'
        d=os.path.dirname(d)
    sys.exit('no shared folder found; set SITREP_SHARED')
SH=shared()
G='data/real-news/gdelt-outlets-447-hellaskella33/articles/'
FILES=['seeds/000_abf49a3276787185.txt','seeds/001_f33cc18d16cc6c56.txt','seeds/002_c96be513e5640d2e.txt',
 'seeds/003_de01e2896790fdfc.txt','seeds/004_6c29c67bb9852ea0.txt',
 G+'20230223T144500Z_UA_en_e0860e8c42.txt',G+'20230225T124500Z_UA_en_de7d9e0be5.txt',G+'20240414T103000Z_UA_en_05d304018f.txt',
 G+'20220816T161500Z_UA_en_1d404ca9ae.txt',G+'20220818T113000Z_UA_en_8bcf8d289c.txt',G+'20230401T150000Z_UA_en_cf9779caf1.txt',
 G+'20240424T013000Z_UA_en_f4776c5a7b.txt',G+'20220722T110000Z_UA_en_0a9e430743.txt',G+'20230616T164500Z_UA_en_9003f3d7e3.txt',
 G+'20220818T113000Z_UA_en_598416f3a7.txt']
# key: lat, lon, geonameid, kind, source
C='cities500'; P='postal'; A='approx'
REF={
 'Kupiansk':(49.71003,37.61581,703656,'settlement',C),'Bakhmut':(48.59441,37.99983,713174,'settlement',C),
 'Avdiivka':(48.13989,37.74255,713122,'settlement',C),'Donetsk':(48.023,37.80224,709717,'settlement',C),
 'Luhansk':(48.56952,39.32857,702658,'settlement',C),'Kharkiv':(49.98081,36.25272,706483,'settlement',C),
 'Kyiv':(50.45466,30.5238,703448,'settlement',C),'Moscow':(55.75222,37.61556,524901,'settlement',C),
 'Kherson':(46.63695,32.61458,706448,'settlement',C),'Mariupol':(47.09514,37.54131,701822,'settlement',C),
 'Berdyansk':(46.75578,36.78815,712451,'settlement',C),'Bucha':(50.54345,30.21201,711350,'settlement',C),
 'Irpin':(50.52175,30.25055,707565,'settlement',C),'Hostomel':(50.56841,30.2651,708251,'settlement',C),
 'Svatove':(49.40719,38.15362,692118,'settlement',C),'Kreminna':(49.0495,38.21893,704138,'settlement',C),
 'Poshtove':(44.8354,33.96159,696999,'settlement',C),'Dzhankoi':(45.7131,34.39273,709334,'settlement',C),
 'Lysychansk':(48.90421,38.44094,702972,'settlement',C),'Zaporizhzhia':(47.85167,35.11714,687700,'settlement',C),
 'Kerch':(45.35675,36.47542,706524,'settlement',C),'Melitopol':(46.84735,35.38196,701404,'settlement',C),
 'Sevastopol':(44.60795,33.52134,694423,'settlement',C),'Simferopol':(44.95719,34.11079,693805,'settlement',C),
 'Horlivka':(48.33576,38.05325,707753,'settlement',C),'Kramatorsk':(48.73049,37.58793,704508,'settlement',C),
 'Sloviansk':(48.84974,37.59739,693468,'settlement',C),'Soledar':(48.69075,38.07432,706757,'settlement',C),
 'Odesa':(46.48572,30.74383,698740,'settlement',C),'Sumy':(50.9216,34.80029,692194,'settlement',C),
 'Chernihiv':(51.50551,31.28487,710735,'settlement',C),'Lviv':(49.83826,24.02324,702550,'settlement',C),
 'Chasiv Yar':(48.59348,37.85724,710915,'settlement',C),'Nova Kakhovka':(46.75966,33.35591,699839,'settlement',C),
 'Perekop':(46.16056,33.69283,697729,'settlement',C),'Izium':(49.20697,37.27679,707292,'settlement',C),
 'Balakliia':(49.45595,36.84433,712926,'settlement',C),'Lyman':(48.98616,37.80307,704204,'settlement',C),
 'Mayskoye':(45.59555,34.55213,701491,'settlement',C),'Minsk':(53.9,27.56667,625144,'settlement',C),
 'Kurakhove':(47.98437,37.27909,695357,'settlement',C),'Kursk':(51.73733,36.18735,538560,'settlement',C),
 'Belgorod':(50.61074,36.58015,578072,'settlement',C),'Poltava':(49.58925,34.55367,696643,'settlement',C),
 'Klishchiivka':(48.53,37.9605,None,'settlement',P+' (Кліщіївка, Bahmutskiy, accuracy 4)'),
 'Andriivka':(48.5008,37.968,None,'settlement',P+' (Андріївка, Bahmutskiy, accuracy 4)'),
 'Khromove':(48.5687,38.026,None,'settlement',P+' (Хромове, Bahmutskiy, accuracy 1: estimated)'),
 'Synkivka':(49.7627,37.6921,None,'settlement',P+' (Синьківка, Kupianskyi, accuracy 4)'),
 'Hrakove':(49.7182,36.8148,None,'settlement',P+' (Гракове, Chuhuivskyi, accuracy 4; the one between Chuhuiv and Balakliia)'),
 'Novokalynove':(48.2413,37.6858,None,'settlement',P+' (Новокалинове, Yasynuvatskyi, accuracy 4)'),
 'Sieverne':(48.13,37.62,None,'settlement',A+': not in either reference; annotator\'s reading of front maps, +-5 km'),
 'Tonenke':(48.11,37.59,None,'settlement',A+': not in either reference; annotator\'s reading of front maps, +-5 km'),
 'Pervomaiske':(48.06,37.61,None,'settlement',A+': the Pervomaiske west of Donetsk airport; not in either reference, +-5 km'),
 'Nevelske':(48.08,37.57,None,'settlement',A+': not in either reference, +-5 km'),
 'Lastochkyne':(48.16,37.68,None,'settlement',A+': not in either reference, +-5 km'),
 'Ivanivka?':(None,None,None,'settlement','not resolved: several Ivanivkas near Kupiansk, the postal file\'s point for Kupianskyi is wrong (48.85, 36.71)'),
 'Usenkivka?':(None,None,None,'settlement','not resolved: no such place found in the references'),
 'Illinka?':(None,None,None,'settlement','not resolved: an Illinka near Kupiansk, not in the references'),
 'Shevchenko?':(None,None,None,'settlement','not resolved: a misspelt Shevchenko village in Donetsk region; several exist'),
 # regions: the mean point of the region's GeoNames postal places (accuracy 4) or cities500 towns; regions have no 10 km truth
 'Kharkiv Oblast':(49.674,36.285,None,'region','mean of its postal places'),
 'Donetsk Oblast':(48.142,37.348,None,'region','mean of its postal places'),
 'Luhansk Oblast':(49.272,38.782,None,'region','mean of its postal places'),
 'Kherson Oblast':(46.719,33.572,None,'region','mean of its postal places'),
 'Zaporizhzhia Oblast':(47.368,35.649,None,'region','mean of its postal places'),
 'Kyiv Oblast':(50.201,30.57,None,'region','mean of its postal places'),
 'Chernihiv Oblast':(51.332,32.015,None,'region','mean of its postal places'),
 'Poltava Oblast':(49.74,33.836,None,'region','mean of its postal places'),
 'Crimea':(45.245,34.277,None,'region','mean of its cities500 towns (UA admin1 11)'),
 'Donbas':(48.7,38.0,None,'region','between the means of the Donetsk and Luhansk oblasts\' postal places'),
 'Rostov Oblast':(47.573,40.58,None,'region','mean of its cities500 towns (RU admin1 61)'),
 'Gomel Region':(52.39,30.013,None,'region','mean of its cities500 towns (BY admin1 02)'),
 'Brest Region':(52.381,25.268,None,'region','mean of its cities500 towns (BY admin1 01)'),
 'Belgorod Oblast':(50.7,37.4,None,'region','approx. centre'),
 'Dzhankoi district':(45.71,34.39,None,'region','the district of Dzhankoi: its seat'),
 'Saltivka':(50.03,36.32,None,'district','a district of Kharkiv: approx. centre (+-3 km)'),
 'Hostomel Airfield':(50.60,30.19,None,'landmark','approx. (+-3 km), next to Hostomel'),
 'Nova Kakhovka dam':(46.777,33.37,None,'landmark','at Nova Kakhovka'),
 # water: the stretch the text is about
 'Oskil':(49.71,37.63,None,'water','the Oskil at Kupiansk, the stretch the text means'),
 'Dnipro River':(46.63,32.62,None,'water','the lower Dnipro at Kherson, the stretch the text means'),
 'Black Sea':(43.4,34.0,None,'water','approx. centre'),
 'Sea of Azov':(46.1,36.5,None,'water','approx. centre'),
 'Kerch Strait':(45.3,36.55,None,'water','approx. centre'),
 'Donets-Donbas channel':(48.58,37.87,None,'water','the canal at Chasiv Yar, the stretch the text means'),
}
REF.update({'Sumy Oblast':(51.046,34.101,None,'region','mean of its postal places'),
 'ZNPP':(47.5119,34.5853,None,'landmark','the Zaporizhzhia nuclear power plant at Enerhodar, not the city'),
 'Crimean Bridge':(45.305,36.51,None,'landmark','the bridge across the Kerch Strait, approx. (+-3 km)')})
REF.update({'Novyi':(48.59,37.87,None,'district','the Novyi microdistrict at the east end of Chasiv Yar: approx. (+-2 km)'),
 'Yuzhne':(46.62472,31.10182,687997,'settlement',C+' (Yuzhne, renamed Pivdenne; its port Pivdennyi)')})
X=None  # an exclusion: not a toponym of the set
RULES=[
 (r"Kyiv Post|Kyivpost|Kyiv School of Economics|Black Sea Fleet|Donetsk People's Republic|Second Black Sea|Azovstal",X),
 (r"Donetsk People’s Republic",X),(r"moscow",'Moscow'),(r"donetsk",'Donetsk'),
 (r"Siverskyi Donets - Donbas channel",'Donets-Donbas channel'),
 (r"(Zaporizhzhia)(?= nuclear plant)",'ZNPP'),(r"Kerch bridge",'Crimean Bridge'),(r"Perekop Isthmus",'Perekop'),
 (r"(Sumy)(?= and Chernihiv oblasts)",'Sumy Oblast'),(r"Chernihiv oblasts",'Chernihiv Oblast'),
 (r"(Lugansk)(?= makes up)|(Luhansk)(?= and Donetsk because)|(Luhansk)(?=, Donetsk, Kherson, Zaporizhzhia, and)|(Luhansk)(?= and Donetsk\) within)",'Luhansk Oblast'),
 (r"(Donetsk)(?= town of)|(?<=Luhansk and )(Donetsk)(?= because)|(?<=winning back Luhansk, )(Donetsk)|(?<=\(Luhansk and )(Donetsk)",'Donetsk Oblast'),
 (r"(Kherson)(?= and Zaporizhzhia --)|(?<=Donetsk, )(Kherson)(?=, Zaporizhzhia, and)|(?<=counter-attack in )(Kherson)|(?<=from Crimea to )(Kherson)",'Kherson Oblast'),
 (r"(?<=Kherson and )(Zaporizhzhia)(?= is strategically)|(?<=Kherson, )(Zaporizhzhia)(?=, and Crimea)|(?<=The fighting over )(Zaporizhzhia)",'Zaporizhzhia Oblast'),
 (r"Novyi neighborhood",'Novyi'),(r"(?<=port of )Pivdennyi",'Yuzhne'),
 (r"Kupyansk|Kupiansk",'Kupiansk'),
 (r"(Kharkiv) Oblast|(Kharkiv) region",'Kharkiv Oblast'),(r"Kharkiv",'Kharkiv'),
 (r"(Donetsk)(?= and Luhansk regions)|(Donetsk)(?=, and Luhansk oblasts)|Donetsk regions?|Donetsk Oblast|Donetsk province|Donetsk( )?(?=Oblast front)",'Donetsk Oblast'),
 (r"(Donetsk)(?=, Lugansk, Kherson)|(Donetsk)(?=\s+—\s+in the midst)",'Donetsk Oblast'),
 (r"Donetsk",'Donetsk'),
 (r"Luhansk regions?|Luhansk oblasts?|Luhansk Oblast|Lugansk province|(Lugansk)(?=, Kherson and)|(Luhansk)(?=, and Donetsk)",'Luhansk Oblast'),
 (r"Luhansk|Lugansk",'Luhansk'),
 (r"Oskil River",'Oskil'),(r"Bakhmut sector|Bakhmut direction",'Bakhmut'),(r"Bakhmut",'Bakhmut'),
 (r"Khromovoy|Chromovoy",'Khromove'),(r"Andriivka",'Andriivka'),(r"Klishchiivka|Klitschiivka",'Klishchiivka'),
 (r"Avdiivka",'Avdiivka'),(r"Severna|Sieverne",'Sieverne'),(r"Tonenke",'Tonenke'),(r"Pervomaiske",'Pervomaiske'),
 (r"Usenkivka",'Usenkivka?'),(r"Ivanivka",'Ivanivka?'),(r"Sinkivka",'Synkivka'),(r"Illinka",'Illinka?'),
 (r"Shevchbeenko",'Shevchenko?'),(r"Kurakhovo",'Kurakhove'),(r"Poltava region",'Poltava Oblast'),(r"Kursk",'Kursk'),
 (r"Belgorod Oblast",'Belgorod Oblast'),(r"Balakliia|Balaklya|Balakliïa",'Balakliia'),(r"Izioum|Isium|Izium",'Izium'),
 (r"Lyman",'Lyman'),(r"Grakové",'Hrakove'),(r"Kyiv region",'Kyiv Oblast'),(r"Kyiv|Kiev",'Kyiv'),(r"Moscow",'Moscow'),
 (r"Kherson Oblast|Kherson region|region of Kherson|(Kherson)(?= and other occupied regions)|(Kherson)(?=, Zaporizhzhia \(sic\))|(Kherson)(?= and Zaporizhzhia —)",'Kherson Oblast'),
 (r"Kherson",'Kherson'),(r"Zaporizhia regions|Zaporizhzhia Oblast|(Zaporizhzhia)(?= \(sic\))|(Zaporizhzhia)(?= -- after)",'Zaporizhzhia Oblast'),
 (r"Zaporizhzhia",'Zaporizhzhia'),
 (r"Mariupol",'Mariupol'),(r"Berdyansk",'Berdyansk'),(r"Bucha",'Bucha'),(r"Irpin",'Irpin'),(r"Hostomel Airfield",'Hostomel Airfield'),
 (r"Hostomel",'Hostomel'),(r"Svatove",'Svatove'),(r"Kreminna",'Kreminna'),(r"Poshtove",'Poshtove'),
 (r"Dzhankoi district",'Dzhankoi district'),(r"Dzhankoi",'Dzhankoi'),(r"Mayskoye",'Mayskoye'),(r"Lysychansk",'Lysychansk'),
 (r"Kerch Strait",'Kerch Strait'),(r"Kerch",'Kerch'),(r"Melitopol",'Melitopol'),(r"Sevastopol",'Sevastopol'),
 (r"Simferopol",'Simferopol'),(r"Horlivka",'Horlivka'),(r"Kramatorsk",'Kramatorsk'),(r"Slovyansk|Sloviansk",'Sloviansk'),
 (r"Soledar",'Soledar'),(r"Odesa|Odessa",'Odesa'),(r"Sumy",'Sumy'),(r"Chernihiv",'Chernihiv'),(r"Lviv",'Lviv'),
 (r"Chasiv Yar",'Chasiv Yar'),(r"Nova Kakhovka dam",'Nova Kakhovka dam'),(r"Nova Kakhovka",'Nova Kakhovka'),(r"Perekop",'Perekop'),
 (r"Minsk(?= Agreement)",X),(r"Minsk",'Minsk'),(r"Gomel region",'Gomel Region'),(r"Brest region",'Brest Region'),
 (r"Rostov Oblast|Rostov region",'Rostov Oblast'),(r"Crimea peninsula|Crimea",'Crimea'),(r"Donbas region|Donbas",'Donbas'),
 (r"Saltivka district",'Saltivka'),(r"Dnipro River",'Dnipro River'),(r"Sea of Azov",'Sea of Azov'),(r"Black Sea",'Black Sea'),
 (r"Siverskyi Donets - Donbas channel",'Donets-Donbas channel'),(r"Novokalynove",'Novokalynove'),(r"Lastochkyne",'Lastochkyne'),
 (r"Nevelske",'Nevelske'),
]
rows=[]
for f in FILES:
    t=open(SH+f,encoding='utf-8').read()
    taken=[]
    for rx,key in RULES:
        for m in re.finditer(r"(?<![\w-])(?:"+rx+r")(?![\w])",t):
            g=[i for i in range(1,(m.lastindex or 0)+1) if m.group(i) is not None and m.group(i).strip()]
            s,e=(m.start(g[0]),m.end(g[0])) if g else (m.start(),m.end())
            if any(s<b and a<e for a,b,_ in taken): continue
            taken.append((s,e,key))
    for s,e,key in sorted(taken):
        if key is None: continue
        rows.append((f,s,e,t[s:e],key,t[max(0,s-50):s].replace('\n',' '),t[e:e+40].replace('\n',' ')))
if sys.argv[1:]==['review']:
    for r in rows: print(f"{r[0][-20:]}\t{r[1]}\t{r[4]:<18}| {r[5]}[[{r[3]}]]{r[6]}")
    import collections; print(len(rows), collections.Counter(REF[r[4]][3] for r in rows))
elif sys.argv[1:]==['write']:
    tsv=os.path.join(HERE,'ukraine-toponyms.tsv')
    header=[l for l in open(tsv,encoding='utf-8') if l.startswith('#')]
    out=open(tsv,'w',encoding='utf-8')
    out.write(''.join(header))
    for f,s,e,surf,key,_,_ in rows:
        lat,lon,gid,kind,src=REF[key]
        out.write('\t'.join([f,str(s),str(e),surf,'' if lat is None else f'{lat:.5f}','' if lon is None else f'{lon:.5f}',
            '' if gid is None else str(gid),kind,key.rstrip('?')+': '+src])+'\n')
