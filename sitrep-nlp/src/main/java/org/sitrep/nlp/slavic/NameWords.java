package org.sitrep.nlp.slavic;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed word lists {@link SlavicNames} reads, per language: place words before or after a name ("місто",
 * "область", "miasto"), organisation heads ("міністерство", "партия", "spółka"), titles before a person ("генерал",
 * "prezydent"), locative prepositions, acronyms of places, and name-shaped endings. All lower case except the
 * acronyms. Written from grammar and newsroom usage, not from any evaluation set's misses.
 */
final class NameWords {
    private NameWords() {
    }

    /** Words right before a place name: "місто Куп'янськ", "в селе Иваново", "wieś Nowa". Includes abbreviations. */
    static final Set<String> PLACE_BEFORE = words(
            "місто", "міста", "місті", "містом", "м.", "село", "села", "селі", "с.", "смт", "селище", "селища", "селищі",
            "хутір", "хутора", "район", "районі", "області", "річка", "річки", "річці", "острів", "острові", "вул.",
            "вулиця", "вулиці", "проспект", "площа", "площі", "столиця", "столиці", "регіон", "регіоні",
            "город", "города", "городе", "городом", "г.", "деревня", "деревни", "деревне", "посёлок", "поселок",
            "посёлка", "поселка", "посёлке", "поселке", "пос.", "село", "станица", "станицы", "ул.", "улица", "улице",
            "река", "реки", "реке", "столица", "столицы", "пгт", "аул", "хутор",
            "miasto", "miasta", "mieście", "miastem", "wieś", "wsi", "wsią", "gmina", "gminie", "ul.", "ulica", "ulicy",
            "rzeka", "rzeki", "rzece", "stolica", "stolicy", "obwód", "obwodzie", "rejon", "rejonie", "osada");
    /** Words right after a place name that belong to it: "Харківської області", "Московской области". */
    static final Set<String> PLACE_AFTER = words(
            "область", "області", "областю", "областей", "обл.", "район", "району", "районі", "районом", "край", "краю",
            "області", "громада", "громади", "громаді", "районах",
            "области", "областью", "района", "районе", "краем", "крае", "края",
            "obwód", "obwodu", "obwodzie", "rejon", "rejonu", "rejonie", "oblast", "województwo", "województwa",
            "województwie", "powiat", "powiatu", "powiecie");
    /** Locative and directional prepositions: a name after one is more likely a place. */
    static final Set<String> LOCATIVE = words(
            "в", "у", "на", "під", "біля", "поблизу", "поряд", "із", "з", "до", "від", "через", "над", "навколо",
            "во", "под", "около", "возле", "близ", "из", "к", "ко", "от", "вокруг", "со",
            "w", "we", "na", "pod", "koło", "obok", "z", "ze", "do", "od", "przez", "nad", "wokół", "przy", "spod");
    /** Titles and roles before a person name. */
    static final Set<String> TITLE = words(
            "президент", "президента", "президентом", "президенту", "прем'єр", "міністр", "міністра", "генерал",
            "генерала", "генерал-майор", "полковник", "полковника", "командувач", "командувача", "речник", "речниця",
            "депутат", "депутата", "мер", "мера", "голова", "голови", "пан", "пані", "ген.", "посол", "посла",
            "губернатор", "губернатора", "спікер", "журналіст", "журналістка", "письменник", "лідер", "лідера",
            "министр", "министра", "генерала", "командующий", "командующего", "представитель", "глава", "главы",
            "господин", "госпожа", "мэр", "мэра", "посла", "премьер", "пресс-секретарь", "советник", "помощник",
            "prezydent", "prezydenta", "premier", "premiera", "minister", "ministra", "gen.", "generał", "generała",
            "płk", "ppłk", "mjr", "kpt", "pan", "pani", "rzecznik", "rzecznika", "poseł", "posła", "ambasador",
            "dowódca", "dowódcy", "szef", "szefa", "burmistrz", "prof.", "dr", "marszałek", "wojewoda");
    /** Words that head an organisation's name, lower-case lemmas ("Міністерство оборони", "Верховна Рада"). */
    static final Set<String> ORG_HEAD = words(
            "міністерство", "служба", "управління", "комітет", "комісія", "департамент", "агентство", "банк", "партія",
            "фонд", "університет", "академія", "інститут", "компанія", "уряд", "суд", "прокуратура", "поліція",
            "гвардія", "сила", "штаб", "бригада", "корпус", "рада", "асамблея", "об'єднання", "союз", "фронт",
            "рух", "блок", "спілка", "центр", "організація", "адміністрація", "держадміністрація", "облдержадміністрація",
            "палата", "бюро", "інспекція", "кабінет", "митниця", "церква", "конгрес", "парламент", "сенат",
            "министерство", "управление", "сила", "армия", "штаб", "бригада", "корпус", "суд", "фронт", "блок", "комитет", "комиссия", "агентство", "партия", "университет", "академия",
            "институт", "компания", "правительство", "прокуратура", "полиция", "гвардия", "дума", "совет", "собрание",
            "объединение", "движение", "конгресс", "союз", "служба", "комитет", "театр", "банк", "фонд", "администрация", "церковь", "центр", "организация", "палата", "федерация",
            "ministerstwo", "służba", "sejm", "senat", "rada", "komisja", "komitet", "partia", "bank", "fundacja",
            "uniwersytet", "instytut", "agencja", "sąd", "policja", "gwardia", "sztab", "armia", "siła", "wojsko",
            "kancelaria", "urząd", "prokuratura", "związek", "stowarzyszenie", "kościół", "zgromadzenie", "parlament",
            // by kind: armed forces and their units, commands, services and ministries ("Сухопутних військ",
            // "Сухопутными войсками", "Wojsk Lądowych", "Військово-морських сил", "Державна прикордонна служба")
            "військо", "армія", "флот", "дивізія", "полк", "командування", "відомство", "міністерство", "служба", "штаб",
            "войско", "флот", "дивизия", "полк", "командование", "ведомство",
            "flota", "dywizja", "pułk", "dowództwo", "resort", "straż",
            // associations and clubs; schools, museums and theatres; works and firms
            "асоціація", "товариство", "клуб", "ліга", "альянс", "федерація", "конфедерація", "представництво",
            "коледж", "ліцей", "гімназія", "консерваторія", "музей", "театр", "бібліотека", "лабораторія", "завод",
            "фабрика", "комбінат", "концерн", "корпорація", "холдинг", "підприємство", "об'єднання",
            "ассоциация", "общество", "клуб", "лига", "альянс", "конфедерация", "представительство", "колледж", "лицей",
            "гимназия", "консерватория", "музей", "библиотека", "лаборатория", "завод", "фабрика", "комбинат", "концерн",
            "корпорация", "холдинг", "предприятие",
            "stowarzyszenie", "towarzystwo", "klub", "liga", "sojusz", "federacja", "konfederacja", "przedstawicielstwo",
            "kolegium", "liceum", "gimnazjum", "konserwatorium", "muzeum", "teatr", "biblioteka", "laboratorium", "zakład",
            "fabryka", "kombinat", "koncern", "korporacja", "holding", "przedsiębiorstwo");
    /** Words before a quoted or capitalised organisation name: "компанія «Нафтогаз»", "партия «Яблоко»". */
    static final Set<String> ORG_BEFORE = words(
            "компанія", "компанії", "компанією", "партія", "партії", "тов", "пат", "прат", "кп", "дп", "банк", "банку",
            "фонд", "фонду", "організація", "організації", "агентство", "агентства", "видання", "газета", "газети",
            "телеканал", "телеканалу", "концерн", "концерну", "корпорація", "корпорації", "холдинг", "угруповання",
            "компания", "компании", "партия", "партии", "ооо", "оао", "зао", "пао", "организация", "организации",
            "движение", "движения", "газеты", "издание", "издания", "корпорация", "корпорации", "группировка",
            "группировки", "ассоциация", "общество",
            "spółka", "spółki", "firma", "firmy", "partia", "partii", "koncern", "koncernu", "fundacja", "fundacji",
            "agencja", "agencji", "gazeta", "gazety", "dziennik", "telewizja", "organizacja", "organizacji",
            "ugrupowanie", "stowarzyszenie");
    /** Legal forms before a quoted company name: "ТОВ «Грімальді»", "ООО «Ромашка»". */
    static final Set<String> LEGAL_FORM = words("тов", "пат", "прат", "ват", "зат", "кп", "дп", "фоп", "ооо", "оао", "зао",
            "пао", "ао", "ип");
    /** Acronyms of places, not organisations. */
    static final Set<String> PLACE_ACRONYM = words("США", "РФ", "ОАЕ", "ОАЭ", "КНР", "ДНР", "ЛНР", "КНДР", "США.",
            "USA", "UK", "ZEA", "RPA", "ЮАР", "ПАР", "СРСР", "СССР", "ZSRR", "АРК", "ФРН", "ФРГ", "RFN", "ЧР", "ЧССР");
    /** Capitalised tokens that are not names: pronouns of address, sentence words capitalised in headlines. */
    static final Set<String> NOT_NAME = words("Ви", "Вас", "Вам", "Вами", "Ваш", "Вы", "Пан", "Пані", "Pan", "Pani",
            "Państwo", "Бог", "Бога", "Bóg", "Boga", "Господь", "Господа");

    /** Surname endings (nominative and oblique): "-енко", "-ського", "-ова", "-skiego", "-wicz". */
    static final Pattern SURNAME = Pattern.compile(
            ".*(?:енко|енка|енку|ук|юк|чук|ука|юка|чука|ський|ського|ському|ським|цький|цького|цькому|ич|ича|ичу|ов|ова|ову|овим|ев|ева|ев|ин|іна|ін|ский|ского|скому|ским|цкий|цкого|ович|евич|ski|skiego|skiemu|skim|cki|ckiego|ckiemu|ckim|dzki|dzkiego|wicz|wicza|czyk|czyka)");
    /** Company-shaped words: "Газпром", "Нафтогаз", "Укрзалізниця", "Роскосмос", "Приватбанк", "Энергоатом". */
    static final Pattern ORG_SHAPE = Pattern.compile(
            "(?:.*(?:пром|банк|газ|нефть|нафта|строй|буд|трест|холдинг|авиа|авіа|энерго|енерго|атом|телеком|инвест|інвест|сервис|сервіс|космос)"
                    + "|мин(?:эконом|связ|оборон|фин|юст|здрав|обр|транс|энерго|сельхоз|культ|спорт|ин|тр|прир|пром|регион|стро|цифр|соц).*"
                    + "|(?:евро|єв)(?:союз|комисси|коміс|парламент).*"
                    + "|(?:укр|рос|мос|гос|держ|мин|мін)(?:авто|авіа|авиа|тел|нафт|газ|енерго|энерго|залізн|оборон|космос|банк|пошт|почт|атом|хім|хим|нано|гвард|статист|здрав|юст).*)"
                    + "(?:а|у|ом|е|і|ы|и|ой|ою)?");
    /** Place endings: "-ськ", "-івка", "-поль", "-град", "-sk", "-ów", "-ice". */
    static final Pattern PLACE = Pattern.compile(
            ".*(?:ськ|ську|ська|цьк|цьку|івка|івці|івку|ївка|ївці|ївку|піль|полі|поля|град|граді|щина|щині|щини|ове|еве|ине|"
                    + "ск|ске|ска|цк|цке|овка|овке|евка|евке|поль|польe|граде|бург|бурге|ия|ии|щина|щине|"
                    + "sk|sku|ska|ów|owie|owa|owej|ice|icach|ic|yce|ycach|gród|grodzie|burg)");

    /** A set of words; a word listed twice (one per language) is one. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
