package org.sitrep.nlp.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Annotators;
import org.sitrep.nlp.Mention;

class SlavicNamesTest {
    private static final Instant REF = Instant.parse("2024-11-15T10:00:00Z");

    private static List<Mention> names(Lang lang, String text) {
        return new SlavicNames(lang).find(SlavicTokenizer.split(text));
    }

    private static Mention typed(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text) && !m.type().equals(Mention.PROPER)).findFirst()
                .orElseThrow(() -> new AssertionError("no typed mention '" + text + "' in " + ms));
    }

    @Test
    void ukrainianPersonAndPlaceGetTheirNominative() {
        List<Mention> ms = names(Lang.UK, "Главком ЗСУ заявив, що війська Олександра Сирського тримають оборону у Куп'янську.");
        Mention syrskyi = typed(ms, "Олександра Сирського");
        assertThat(syrskyi.type()).isEqualTo("PERSON");
        assertThat(syrskyi.base()).isEqualTo("Олександр Сирський");
        Mention kupiansk = typed(ms, "Куп'янську");
        assertThat(kupiansk.type()).isEqualTo("LOCATION");
        assertThat(kupiansk.base()).isEqualTo("Куп'янськ");
        assertThat(typed(ms, "ЗСУ").type()).isEqualTo("ORGANIZATION");
    }

    @Test
    void russianPlaceAndPersonGetTheirNominative() {
        List<Mention> ms = names(Lang.RU, "По словам Александра Сырского, бои идут в Купянске и под Москвой.");
        Mention kupiansk = typed(ms, "Купянске");
        assertThat(kupiansk.type()).isEqualTo("LOCATION");
        assertThat(kupiansk.base()).isEqualTo("Купянск");
        Mention syrsky = typed(ms, "Александра Сырского");
        assertThat(syrsky.type()).isEqualTo("PERSON");
        assertThat(syrsky.base()).isEqualTo("Александр Сырский");
        assertThat(typed(ms, "Москвой").base()).isEqualTo("Москва");
    }

    @Test
    void polishPlaceUnknownToTheDictionaryLosesItsEnding() {
        List<Mention> ms = names(Lang.PL, "Ukraińskie wojsko broni się w Kupiańsku, powiedział gen. Ołeksandr Syrski.");
        Mention kupiansk = typed(ms, "Kupiańsku");
        assertThat(kupiansk.type()).isEqualTo("LOCATION");
        assertThat(kupiansk.base()).isEqualTo("Kupiańsk");
        assertThat(typed(ms, "Ołeksandr Syrski").type()).isEqualTo("PERSON");
    }

    @Test
    void polishPeopleAndPlaces() {
        List<Mention> ms = names(Lang.PL, "Premier Donald Tusk spotkał się w Warszawie z Wołodymyrem Zełenskim. Według NATO sytuacja jest trudna.");
        Mention tusk = typed(ms, "Donald Tusk");
        assertThat(tusk.type()).isEqualTo("PERSON");
        assertThat(typed(ms, "Warszawie").type()).isEqualTo("LOCATION");
        assertThat(typed(ms, "Warszawie").base()).isEqualTo("Warszawa");
        assertThat(typed(ms, "NATO").type()).isEqualTo("ORGANIZATION");
        assertThat(names(Lang.PL, "Rozmawiano o Syrskim i Zełenskiego doradcach, a potem o ministrze Kowalskim.").stream()
                .filter(m -> m.type().equals("PERSON")).map(Mention::base)).contains("Kowalski");
        Mention syrskiego = typed(names(Lang.PL, "Rozmowa z gen. Syrskiego sztabem."), "Syrskiego");
        assertThat(syrskiego.base()).isEqualTo("Syrski");
    }

    @Test
    void syrskyiInThreeScriptsComesOutNominativeForTheLinker() {
        // TransliterationKey (sitrep-geo) keys base forms: each must be the nominative surname
        assertThat(typed(names(Lang.UK, "Про це повідомив генерал Сирський."), "Сирський").base()).isEqualTo("Сирський");
        assertThat(typed(names(Lang.RU, "Об этом сообщил генерал Сырский."), "Сырский").base()).isEqualTo("Сырский");
        assertThat(typed(names(Lang.UK, "Зустріч із генералом Сирським."), "Сирським").base()).isEqualTo("Сирський");
        assertThat(typed(names(Lang.RU, "Встреча с генералом Сырским."), "Сырским").base()).isEqualTo("Сырский");
        assertThat(typed(names(Lang.PL, "Spotkanie z gen. Syrskim."), "Syrskim").base()).isEqualTo("Syrski");
    }

    @Test
    void initialsJoinTheSurname() {
        Mention m = typed(names(Lang.UK, "Указ підписав В. Зеленський."), "В. Зеленський");
        assertThat(m.type()).isEqualTo("PERSON");
        assertThat(m.base()).isEqualTo("В. Зеленський");
    }

    @Test
    void organisationsByHeadContextAndAcronym() {
        List<Mention> ms = names(Lang.UK, "Рішення ухвалила Верховна Рада, а Міністерство оборони України і СБУ погодили його.");
        assertThat(typed(ms, "Верховна Рада").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ms, "Міністерство оборони України").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ms, "СБУ").type()).isEqualTo("ORGANIZATION");
        List<Mention> ru = names(Lang.RU, "Заявление сделало движение «Солидарность», а также ООН и США.");
        assertThat(typed(ru, "Солидарность").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ru, "ООН").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ru, "США").type()).isEqualTo("LOCATION");
    }

    @Test
    void placeWordsTypeAndExtendPlaces() {
        Mention oblast = typed(names(Lang.UK, "Обстріляли населені пункти Харківської області."), "Харківської області");
        assertThat(oblast.type()).isEqualTo("LOCATION");
        assertThat(oblast.base()).isEqualTo("Харківська область");
        Mention village = typed(names(Lang.UK, "Окупанти вдарили по селу Тернуватому вчора, повідомили в селі Бараниківка."), "Бараниківка");
        assertThat(village.type()).isEqualTo("LOCATION");
    }

    @Test
    void capitalisedUntypedWordsArePropersButSentenceStartsAreNot() {
        List<Mention> ms = names(Lang.UK, "Дуже важкі бої тривають біля Ворожби і Зеленого Гаю, повідомив Хрумкий Бармаглот.");
        assertThat(ms).noneMatch(m -> m.text().startsWith("Дуже"));
        assertThat(ms).anyMatch(m -> m.start() > 0);
        // a Latin letter inside a Cyrillic name crashes nothing and still gives a span
        List<Mention> mixed = names(Lang.UK, "Бої тривають біля Kупʼянська.");
        assertThat(mixed).anyMatch(m -> m.text().equals("Kупʼянська"));
    }

    @Test
    void annotatorsReadUkrainianRussianAndPolish() {
        for (String code : List.of("uk", "ru", "pl")) assertThat(Annotators.forLanguage(code)).isPresent();
        assertThat(Annotators.languages()).contains("uk", "ru", "pl");
        Annotations a = Annotators.forLanguage("uk").orElseThrow().annotate("Бої у Куп'янську. Сирський прибув.", REF, false);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.mentions()).anyMatch(m -> m.base().equals("Куп'янськ") && m.type().equals("LOCATION"));
        assertThat(a.times()).isEmpty();
        assertThat(a.reference()).isEqualTo(REF);
    }

    @Test
    void sentenceStartsThatAreCommonWordsAreNoNames() {
        // "Але" and "Вона" are also forms of names in the dictionary; at a sentence start they are the conjunction and pronoun
        List<Mention> ms = names(Lang.UK, "Але бої тривають. Вона поїхала до Києва. Надія Савченко прибула.");
        assertThat(ms).noneMatch(m -> m.text().equals("Але") || m.text().equals("Вона"));
        assertThat(typed(ms, "Надія Савченко").type()).isEqualTo("PERSON");
    }

    @Test
    void romanNumeralsAndCommonAcronymsAreNoOrganisations() {
        List<Mention> ms = names(Lang.UK, "У XX столітті ЗМІ писали про ПДВ, а СБУ мовчала.");
        assertThat(ms).extracting(Mention::text).containsExactly("СБУ");
    }

    @Test
    void aWordNamingPersonAndPlaceIsThePlaceAfterAPreposition() {
        assertThat(typed(names(Lang.UK, "Вони жили у Львові."), "Львові").type()).isEqualTo("LOCATION");
        assertThat(typed(names(Lang.UK, "Мати подарувала Соні книжку."), "Соні").type()).isEqualTo("PERSON");
    }

    @Test
    void russianSurnamesAndPlacesThatShareAForm() {
        // "израиль" is a first name and a country, "америки" a plural surname; "путина" a surname and a common noun
        assertThat(typed(names(Lang.RU, "Представители Израиля и Америки встретились."), "Израиля").type()).isEqualTo("LOCATION");
        assertThat(typed(names(Lang.RU, "Представители Израиля и Америки встретились."), "Америки").type()).isEqualTo("LOCATION");
        assertThat(typed(names(Lang.RU, "Заявление Путина опубликовано."), "Путина").type()).isEqualTo("PERSON");
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullElsewhere() {
        // "Сави" names a man and a village; after "у" it would be the village, but the text named Петро Сава
        assertThat(typed(names(Lang.UK, "Ми жили у Сави."), "Сави").type()).isEqualTo("LOCATION");
        List<Mention> ms = names(Lang.UK, "Приїхав Петро Сава. Ми жили у Сави.");
        assertThat(typed(ms, "Сави").type()).isEqualTo("PERSON");
        assertThat(typed(ms, "Сави").base()).isEqualTo("Сава");
    }

    @Test
    void organisationsTakeTheirLegalFormQuotesAndCountry() {
        List<Mention> ms = names(Lang.UK, "Договір підписали ТОВ «Грімальді» та Міністерство оборони України, а також Верховна Рада України.");
        assertThat(typed(ms, "ТОВ «Грімальді»").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ms, "Міністерство оборони України").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ms, "Міністерство оборони України").base()).isEqualTo("Міністерство оборони України");
        assertThat(typed(ms, "ТОВ «Грімальді»").base()).isEqualTo("ТОВ «Грімальді»");
        assertThat(typed(ms, "Верховна Рада України").type()).isEqualTo("ORGANIZATION");
        assertThat(ms).noneMatch(m -> m.text().equals("України")); // inside the organisations
    }

    @Test
    void acronymsOfRepublicsArePlaces() {
        assertThat(typed(names(Lang.UK, "Уряд УРСР ухвалив постанову."), "УРСР").type()).isEqualTo("LOCATION");
    }

    @Test
    void aTitleBeforeACountryMakesNoPerson() {
        List<Mention> ms = names(Lang.RU, "Это сказал первый президент России. Его место займёт посол Японии в Чехии.");
        assertThat(typed(ms, "России").type()).isEqualTo("LOCATION");
        assertThat(typed(ms, "Японии").type()).isEqualTo("LOCATION");
    }

    @Test
    void latinWordsInCyrillicTextAreOrganisations() {
        assertThat(typed(names(Lang.RU, "Об этом сообщила компания Microsoft и соцсеть Facebook."), "Facebook").type()).isEqualTo("ORGANIZATION");
    }

    @Test
    void twoUnknownCyrillicWordsAreAPersonAndTheSurnameAloneToo() {
        List<Mention> ms = names(Lang.RU, "На станцию прибыла Пегги Уитсон. Позже Уитсон сообщила о проблеме.");
        assertThat(typed(ms, "Пегги Уитсон").type()).isEqualTo("PERSON");
        assertThat(typed(ms, "Уитсон").type()).isEqualTo("PERSON");
    }

    @Test
    void aPlaceNextToAPersonIsTwoNames() {
        List<Mention> ms = names(Lang.UK, "Пам'ятник президенту України Леоніду Кравчуку відкрили.");
        assertThat(typed(ms, "України").type()).isEqualTo("LOCATION");
        assertThat(typed(ms, "Леоніду Кравчуку").type()).isEqualTo("PERSON");
        assertThat(typed(ms, "Леоніду Кравчуку").base()).isEqualTo("Леонід Кравчук");
    }

    @Test
    void aCapitalisedCommonNounBeforeAPlaceAndACapitalisedAdjectiveAreNoNames() {
        List<Mention> ms = names(Lang.UK, "Згідно із Законом України суд закрив справу, а Київський велотрек зачинили.");
        assertThat(typed(ms, "України").type()).isEqualTo("LOCATION");
        assertThat(ms).noneMatch(m -> m.text().contains("Законом"));
        assertThat(ms).noneMatch(m -> m.text().equals("Київський") && !m.type().equals(Mention.PROPER));
    }

    @Test
    void companyShapedWordsAreOrganisations() {
        List<Mention> ms = names(Lang.RU, "Сотрудники Газпрома и Роскосмоса заявили об этом.");
        assertThat(typed(ms, "Газпрома").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ms, "Газпрома").base()).isEqualTo("Газпром");
        assertThat(typed(ms, "Роскосмоса").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(names(Lang.UK, "Про це заявили в Нафтогазі."), "Нафтогазі").type()).isEqualTo("ORGANIZATION");
    }

    @Test
    void russianAdjectivesBeforeAThingAreAPlace() {
        // "Новой" is also a surname's form: the noun after it decides
        List<Mention> ms = names(Lang.RU, "Делегация Новой Зеландии прибыла, а посол Северной Кореи уехал.");
        assertThat(typed(ms, "Новой Зеландии").type()).isEqualTo("LOCATION");
        assertThat(typed(ms, "Новой Зеландии").base()).isEqualTo("Новая Зеландия");
        assertThat(typed(ms, "Северной Кореи").type()).isEqualTo("LOCATION");
    }

    @Test
    void ministryAbbreviationsAndACompanyBeforeAPerson() {
        List<Mention> ms = names(Lang.RU, "По данным Минэкономразвития, глава Роскосмоса Анатолий Перминов уволен.");
        assertThat(typed(ms, "Минэкономразвития").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ms, "Роскосмоса").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ms, "Анатолий Перминов").type()).isEqualTo("PERSON");
    }

    @Test
    void aCapitalisedCommonNounAfterAPrepositionIsNoPlace() {
        List<Mention> ms = names(Lang.UK, "Про це сказано у Додатку та в Інтернеті, а бої тривають у Куп'янську.");
        assertThat(ms).noneMatch(m -> m.text().equals("Додатку") && !m.type().equals(Mention.PROPER));
        assertThat(ms).noneMatch(m -> m.text().equals("Інтернеті") && !m.type().equals(Mention.PROPER));
        assertThat(typed(ms, "Куп'янську").type()).isEqualTo("LOCATION");
    }

    @Test
    void aTownBeforeItsRegionIsTwoPlaces() {
        // finding 1 (samples/corpus kupiansk svodka-ru): "в Купянск Харьковской области" is the town and the region
        List<Mention> ru = names(Lang.RU, "Украинские военные в субботу вошли в Купянск Харьковской области.");
        assertThat(typed(ru, "Купянск").type()).isEqualTo("LOCATION");
        Mention region = typed(ru, "Харьковской области");
        assertThat(region.type()).isEqualTo("LOCATION");
        assertThat(region.base()).isEqualTo("Харьковская область");
        assertThat(ru).noneMatch(m -> m.text().startsWith("Купянск Харьковской"));
        List<Mention> uk = names(Lang.UK, "Українські військові увійшли в Куп'янськ Харківської області.");
        assertThat(typed(uk, "Куп'янськ").type()).isEqualTo("LOCATION");
        assertThat(typed(uk, "Харківської області").base()).isEqualTo("Харківська область");
    }

    @Test
    void aCountryInTheGenitiveBeforeAPersonIsNoPartOfTheName() {
        // finding 2: the Russian dictionary has no place tags; countries come from the JDK's CLDR names
        List<Mention> ms = names(Lang.RU, "Контрнаступлением руководит командующий Сухопутными войсками Украины Александр Сырский.");
        Mention syrsky = typed(ms, "Александр Сырский");
        assertThat(syrsky.type()).isEqualTo("PERSON");
        assertThat(ms).noneMatch(m -> m.type().equals("PERSON") && m.text().contains("Украины"));
        List<Mention> other = names(Lang.RU, "Встреча президента Франции Эммануэля Макрона и посла Польши Кшиштофа Краевского.");
        assertThat(typed(other, "Франции").type()).isEqualTo("LOCATION");
        assertThat(typed(other, "Франции").base()).isEqualTo("Франция");
        assertThat(typed(other, "Кшиштофа Краевского").type()).isEqualTo("PERSON");
        assertThat(other).noneMatch(m -> m.text().contains("Франции ") || m.text().contains("Польши "));
    }

    @Test
    void aCapitalisedAdjectiveBeforeAnInstitutionNounIsAnOrganisation() {
        // finding 3: "Сухопутних військ", "Сухопутными войсками", "Wojsk Lądowych", "Збройних сил", "Вооружённых сил"
        assertThat(typed(names(Lang.UK, "Наступом керує командувач Сухопутних військ Олександр Сирський."), "Сухопутних військ").type())
                .isEqualTo("ORGANIZATION");
        assertThat(typed(names(Lang.RU, "Руководит командующий Сухопутными войсками Александр Сырский."), "Сухопутными войсками").type())
                .isEqualTo("ORGANIZATION");
        assertThat(typed(names(Lang.PL, "Dowodzi nią dowódca Wojsk Lądowych gen. Ołeksandr Syrski."), "Wojsk Lądowych").type())
                .isEqualTo("ORGANIZATION");
        assertThat(typed(names(Lang.UK, "Про це повідомив Генштаб Збройних сил увечері."), "Збройних сил").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(names(Lang.RU, "Об этом сообщили в штабе Вооружённых сил вечером."), "Вооружённых сил").type())
                .isEqualTo("ORGANIZATION");
        assertThat(typed(names(Lang.PL, "Poinformował o tym sztab Sił Zbrojnych wieczorem."), "Sił Zbrojnych").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(names(Lang.RU, "Об этом сообщило Министерство обороны вечером."), "Министерство обороны").type())
                .isEqualTo("ORGANIZATION");
        assertThat(typed(names(Lang.UK, "Про це повідомила Державна прикордонна служба вранці."), "Державна прикордонна служба").type())
                .isEqualTo("ORGANIZATION");
    }

    @Test
    void aSentenceInitialFunctionWordThatIsAlsoAProperNounIsNoName() {
        // finding 5: "Того" is also Togo in the Ukrainian dictionary
        List<Mention> ms = names(Lang.UK, "Того ж дня Міністерство оборони Росії заявило про перегрупування.");
        assertThat(ms).noneMatch(m -> m.text().startsWith("Того"));
        assertThat(names(Lang.RU, "Того же дня министр заявил об этом.")).noneMatch(m -> m.text().startsWith("Того"));
        assertThat(names(Lang.UK, "Того Зеленський не коментував.")).noneMatch(m -> m.text().startsWith("Того"))
                .anyMatch(m -> m.text().equals("Зеленський"));
        assertThat(names(Lang.UK, "Президент Того прибув до Києва.").stream().map(Mention::text)).contains("Того");
    }

    @Test
    void spacedInitialsInTokenizedTextJoinTheSurname() {
        // text tokenized with spaces around punctuation, as some corpora have it: "Т . К . Шевченко" is one person
        Mention m = typed(names(Lang.UK, "Дослідження провела Т . К . Пуздирєва разом з колегами ."), "Т . К . Пуздирєва");
        assertThat(m.type()).isEqualTo("PERSON");
        assertThat(m.base()).isEqualTo("Т. К. Пуздирєва");
        assertThat(typed(names(Lang.RU, "Об этом писал А . С . Пушкин в письме ."), "А . С . Пушкин").type()).isEqualTo("PERSON");
    }

    @Test
    void aCapitalisedPersonalPronounOrAFunctionWordAfterPunctuationIsNoName() {
        // "Він" capitalised in reverence; "— Того ..." opening a speech
        assertThat(names(Lang.UK, "Чи вона для Нього , зрештою , піщинка , про яку Він забув ?")).isEmpty();
        assertThat(names(Lang.UK, "Він прийшов, — Того ж дня Зеленський поїхав.")).noneMatch(m -> m.text().contains("Того"))
                .anyMatch(m -> m.text().equals("Зеленський"));
        assertThat(names(Lang.RU, "Он сказал, что Она придёт.")).isEmpty();
    }

    @Test
    void organisationsReachTheirOwnerAndOpenSentences() {
        List<Mention> ms = names(Lang.UK, "Про це повідомили ЗС України та НАН України. Рада міністрів Автономної Республіки Крим ухвалила рішення. "
                + "Заяву зробила Українська асоціація дослідниць жіночої історії. Міністерство оборони Російської Федерації заявило. "
                + "Центр міста зруйновано. Суд постановив інакше.");
        assertThat(typed(ms, "ЗС України").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ms, "НАН України").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(ms, "Рада міністрів Автономної Республіки Крим").type()).isEqualTo("ORGANIZATION");
        Mention association = typed(ms, "Українська асоціація дослідниць жіночої історії");
        assertThat(association.type()).isEqualTo("ORGANIZATION");
        assertThat(association.base()).isEqualTo("Українська асоціація дослідниць жіночої історії");
        assertThat(typed(ms, "Міністерство оборони Російської Федерації").type()).isEqualTo("ORGANIZATION");
        assertThat(ms).noneMatch(m -> m.text().startsWith("Центр") || m.text().startsWith("Суд"));
        // a word describing the name after it opens no organisation: the name is the company
        assertThat(names(Lang.RU, "Компания Hewlett-Packard объявила о сделке.")).noneMatch(m -> m.text().startsWith("Компания"));
    }

    @Test
    void aRussianThingBeforeAFirstNameAndAChangeOfScriptEndAName() {
        List<Mention> ms = names(Lang.RU, "Встреча мэра Москвы Юрия Лужкова и главы Белоруссии Эдуард Товпинец. Создатель MySQL Майкл Видениус ушёл. "
                + "Министр финансов Новой Зеландии Майкл Каллен заявил.");
        assertThat(typed(ms, "Юрия Лужкова").base()).isEqualTo("Юрий Лужков");
        assertThat(typed(ms, "Эдуард Товпинец").type()).isEqualTo("PERSON");
        assertThat(typed(ms, "Майкл Видениус").type()).isEqualTo("PERSON");
        assertThat(typed(ms, "Майкл Каллен").type()).isEqualTo("PERSON");
        assertThat(typed(ms, "Новой Зеландии").type()).isEqualTo("LOCATION");
        assertThat(typed(ms, "MySQL").type()).isEqualTo("ORGANIZATION");
    }

    @Test
    void anOrganisationTakesTheLargerBodyItBelongsTo() {
        List<Mention> ms = names(Lang.UK, "Словник уклали в Інституті української мови НАН України минулого року.");
        assertThat(typed(ms, "Інституті української мови НАН України").type()).isEqualTo("ORGANIZATION");
        // an acronym with no country after it stays a name of its own
        List<Mention> alone = names(Lang.UK, "Словник уклали в Інституті мови НАН.");
        assertThat(typed(alone, "Інституті мови").type()).isEqualTo("ORGANIZATION");
        assertThat(alone).noneMatch(m -> m.text().contains("мови НАН"));
    }

    @Test
    void anOrganisationHeadAfterAPlaceStartsANameOfItsOwn() {
        List<Mention> pl = names(Lang.PL, "Tymczasem w Moskwie Ministerstwo Obrony Rosji ogłosiło przegrupowanie.");
        assertThat(typed(pl, "Moskwie").type()).isEqualTo("LOCATION");
        assertThat(pl).anyMatch(m -> m.type().equals("ORGANIZATION") && m.text().startsWith("Ministerstwo Obrony"));
        List<Mention> uk = names(Lang.UK, "Тим часом у Києві Міністерство оборони повідомило про це.");
        assertThat(typed(uk, "Києві").type()).isEqualTo("LOCATION");
        assertThat(typed(uk, "Міністерство оборони").type()).isEqualTo("ORGANIZATION");
        assertThat(typed(names(Lang.UK, "Рішення ухвалила Верховна Рада вчора."), "Верховна Рада").type()).isEqualTo("ORGANIZATION");
    }
}
