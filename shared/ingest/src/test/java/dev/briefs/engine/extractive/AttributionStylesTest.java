package dev.briefs.engine.extractive;

import dev.briefs.brief.BriefContent;
import dev.briefs.brief.Quote;
import dev.briefs.engine.extractive.TestFiles.QuoteCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who said it, in the styles of real reporting. Every name here is invented. */
class AttributionStylesTest {

    /** The quotes of a brief of {@code paragraphs} as "speaker: text". */
    private static List<String> attributed(String... paragraphs) {
        return TestFiles.attributed(TestFiles.brief("", paragraphs));
    }

    /** The quotes, as "speaker: text", of a brief of {@code paragraphs} whose speaker contains {@code part}. */
    private static List<String> speakersContainingText(String part, String... paragraphs) {
        return attributed(paragraphs).stream().filter(quote -> quote.split(": ", 2)[0].contains(part)).toList();
    }

    /** The speakers of a brief of {@code paragraphs} that contain {@code part}. */
    private static List<String> speakersContaining(String part, String... paragraphs) {
        return TestFiles.brief("", paragraphs).quotes().stream().map(Quote::speaker).filter(s -> s.contains(part))
                .toList();
    }

    static Stream<QuoteCase> attributions() {
        return Stream.of(
                new QuoteCase("a newspaper's name in guillemets is no quote", List.of(
                        "Тренер Павел Орлов покинул клуб в понедельник.",
                        "«Я отвечаю за результат», — сказал он корреспонденту «Вечерней Ладоги»."),
                        List.of("Павел Орлов: Я отвечаю за результат")),
                new QuoteCase("a song's title in quotation marks is no quote", List.of(
                        "Singer Mara Quell played the Harlow Arena on Friday.",
                        "She closed with “Rivers Of Salt”, which Quell called “the best thing we ever did”."),
                        List.of("Mara Quell: the best thing we ever did")),
                new QuoteCase("a Russian attribution between an en and an em dash with a verb of complaint", List.of(
                        "Глава района Анна Лапина объявила о закрытии моста на ремонт.",
                        "«Мост закрыт до весны, – пожаловалась Лапина. — Объезд ещё не готов»."),
                        List.of("Анна Лапина: Мост закрыт до весны", "Анна Лапина: Объезд ещё не готов")),
                new QuoteCase("a pronoun stands for the subject of the last sentence not for a name inside it", List.of(
                        "County Commissioner Rhea Tallon, who represents the district that includes Marlow Falls, said the "
                                + "county had offered a loan.",
                        "\"Nobody asked us what it would cost,\" she said."),
                        List.of("Rhea Tallon: Nobody asked us what it would cost")),
                new QuoteCase("a pronoun stands for an earlier subject rather than a name after a preposition", List.of(
                        "Ines Arden became mayor of Tolbury in May.",
                        "On Monday she spent the morning in talks with Tomas Reyes. \"We have a deal,\" she said."),
                        List.of("Ines Arden: We have a deal")),
                new QuoteCase("a verb of speech after a determiner is a noun", List.of(
                        "The Harbour Trust backed the plan in March.",
                        "Hana Obi said it was the latest attempt to weaken their claims to the land.",
                        "\"We will not give up a metre of it, whatever the court decides next year.\""),
                        List.of("Hana Obi: We will not give up a metre of it, whatever the court decides next year.")),
                new QuoteCase("a description between the verb and the name", List.of(
                        "\"The ice is thinner than we thought,\" said glaciologist Maren Toft of the Polar Institute."),
                        List.of("Maren Toft: The ice is thinner than we thought")),
                new QuoteCase("a name with an apposition before the verb", List.of(
                        "Investors sold the shares on Friday.",
                        "“Growth is slowing in every region,” Dr. Osric Pell, the chief economist of Harlan Bank, said in a "
                                + "speech."),
                        List.of("Osric Pell: Growth is slowing in every region")),
                new QuoteCase("a long apposition with its own commas before the verb", List.of(
                        "Astronomers published the survey on Tuesday.",
                        "“The map is finally complete,” Ines Corvo, a researcher at the Halden Observatory in Trieste, Italy, "
                                + "and co-author of the survey, said in a statement.",
                        "“Nobody expected the gap to be that wide,” Ravi Mehra, an analyst at the Lowmoor Climate, Energy and "
                                + "Water think tank told Radio Orla.",
                        "“The house will serve the police,” Interior Minister Anton Wexler, who leads a caretaker cabinet, "
                                + "said in the statement."),
                        List.of("Ines Corvo: The map is finally complete", "Ravi Mehra: Nobody expected the gap to be "
                                + "that wide", "Anton Wexler: The house will serve the police")),
                new QuoteCase("a name after a description or an organisation's possessive before the apposition", List.of(
                        "The Brenna Space Agency picked three landers.",
                        "“Water is the hard part,” survey lead author Tomas Vell, a geologist at the agency, said.",
                        "“We will fly in 2027,” Brenna's Petra Lusk, deputy head of the lander office, said in a call."),
                        List.of("Tomas Vell: Water is the hard part", "Petra Lusk: We will fly in 2027")),
                new QuoteCase("spokespeople and statements speak for their organisation", List.of(
                        "A spokesperson for Brannick Foods said: \"We have recalled every affected batch.\"",
                        "Regulators at the Dunlow Food Agency opened an inquiry. \"No illness has been reported,\" the "
                                + "statement read."),
                        List.of("Brannick Foods: We have recalled every affected batch.",
                                "Dunlow Food Agency: No illness has been reported")),
                new QuoteCase("they after a named spokesperson is that person not the outlet they spoke to", List.of(
                        "Harlan Rail cut six trains from its timetable this week.",
                        "Kim Lowe, a spokesperson for Harlan Rail, confirmed to Radio Orla that the cuts would stay. "
                                + "\"We need the drivers on the busiest lines first,\" they said in an email."),
                        List.of("Kim Lowe: We need the drivers on the busiest lines first")),
                new QuoteCase("an inverted present tense verb after the quotation but not the noun", List.of(
                        "The Harlan Strings will tour again in June after ten years apart.",
                        "“We never stopped writing together,” comments Rosa Vance in a statement, “and the new songs show it.”",
                        "Ivo Brandt, a critic, ignored her comments. “The tour is long overdue,” he wrote."),
                        List.of("Rosa Vance: We never stopped writing together", "Rosa Vance: and the new songs show it.",
                                "Ivo Brandt: The tour is long overdue")),
                new QuoteCase("a name that modifies a noun is no one they speak for", List.of(
                        "The Corran Lifeboat Trust denied the report. Volunteers had appeared in a Brindle Broadcasting "
                                + "programme last week.",
                        "\"No station will close this year,\" they said."),
                        List.of("Corran Lifeboat Trust: No station will close this year")),
                new QuoteCase("an organisation speaks by the acronym the attribution names it by", List.of(
                        "The Harlan River Authority (HRA) opened a new laboratory in May.",
                        "That said, the HRA says that the river “remains the cleanest in the region for trout”."),
                        List.of("HRA: remains the cleanest in the region for trout")),
                new QuoteCase("the statement is the one who issued the statement not an organisation named inside it", List.of(
                        "On Monday, Harlow Records issued a statement after the singer Lena Ortiz accused the label of "
                                + "blocking her concert.",
                        "The statement, which was obtained by the Daily Courier, said that Harlow and Brindle Radio had "
                                + "\"come to terms on the use of her songs\".",
                        "\"Artists do not need our approval to perform live,\" the statement continued."),
                        List.of("Harlow Records: come to terms on the use of her songs",
                                "Harlow Records: Artists do not need our approval to perform live")),
                new QuoteCase("an unnamed company is the only organisation the sentence before names", List.of(
                        "On Friday the singer Lena Ortiz accused Harlow Records of blocking a Brindle Radio concert.",
                        "The company denied the claims in a statement on its website.",
                        "\"We have never stopped her from performing anywhere,\" the statement read."),
                        List.of("Harlow Records: We have never stopped her from performing anywhere")),
                new QuoteCase("a quotation in single marks running on over paragraphs, each opening with a mark", List.of(
                        "Ivo Tam, 44, was jailed for two years at Harlow Crown Court on Friday.",
                        "Judge Nora Quill said: 'You took money from people who could not spare it.",
                        "'You will serve half of the sentence before release.'",
                        "He has lived in Harlow since '09."),
                        List.of("Nora Quill: You took money from people who could not spare it.",
                                "Nora Quill: You will serve half of the sentence before release.")),
                new QuoteCase("Russian: a village named after its noun, or after из, is no one a pronoun stands for", List.of(
                        "Анна Сергеевна Белова двадцать лет работает фельдшером. В медпункте деревни Тихий Лог она одна.",
                        "Медпункт закроют в марте, а больных из Тихого Лога будут возить в районную больницу.",
                        "— Я здесь с девяносто пятого года, — говорит она."),
                        List.of("Анна Сергеевна Белова: Я здесь с девяносто пятого года")),
                new QuoteCase("a quotation running on past an embedded post's caption", List.of(
                        "Marlow Town confirmed the signing on Tuesday.",
                        "Marlow Town said in a statement: \"Ada is one of the best young keepers in the country.",
                        "Club statement",
                        "— Marlow Town FC (@MarlowTownFC) March 3, 2026",
                        "\"She joins on a three-year contract.\""),
                        List.of("Marlow Town: Ada is one of the best young keepers in the country.",
                                "Marlow Town: She joins on a three-year contract.")),
                new QuoteCase("an attribution inside the guillemets names the person not her employer in marks", List.of(
                        "Завод «Искра» откроет новый цех.",
                        "«Спрос на бумагу растёт, — считает аналитик банка «Северный Мост» Ольга Сухова. — Но цены на картон падают уже третий месяц подряд»."),
                        List.of("Ольга Сухова: Спрос на бумагу растёт", "Ольга Сухова: Но цены на картон падают уже третий месяц подряд")),
                new QuoteCase("a Spanish ruling is quoted as the judge writes it", List.of(
                        "El juzgado falló a favor de los trabajadores.",
                        "«El despido carece de causa», escribe la magistrada Lucía Peralta."),
                        List.of("Lucía Peralta: El despido carece de causa")),
                new QuoteCase("an interview answer is the interviewee's quotation", List.of(
                        "Selma Ardent has run the Corran lifeboat station for 20 years. Ardent spoke to us before she retires.",
                        "Q: What changed most in that time?",
                        "A: The calls. We used to launch for fishing boats; now it is mostly paddleboarders."),
                        List.of("Selma Ardent: The calls. We used to launch for fishing boats; now it is mostly "
                                + "paddleboarders.")),
                new QuoteCase("a participle carries the subject of its clause to the quotation", List.of(
                        "Councillor Maria Fenn wrote to the landlord on Monday, stating that tenants “cannot pay another "
                                + "rise this winter”."),
                        List.of("Maria Fenn: cannot pay another rise this winter")),
                new QuoteCase("names in the attribution sentence do not take the word from the speaker", List.of(
                        "“The crackdown must end now,” said Ana Lind, who once advised Per Olsen on the Baltic states.",
                        "“Peaceful protest is not a crime, and the courts must say so.”"),
                        List.of("Ana Lind: The crackdown must end now",
                                "Ana Lind: Peaceful protest is not a crime, and the courts must say so.")),
                new QuoteCase("a quoted paragraph after an inverted attribution is the same speaker's", List.of(
                        "“The rangers must be paid before the season starts,” said Ruth Amos, director of the Fell Trust.",
                        "> “Without them, the upland paths will close one by one, and nobody will reopen them.”"),
                        List.of("Ruth Amos: The rangers must be paid before the season starts",
                                "Ruth Amos: Without them, the upland paths will close one by one, and nobody will reopen them.")),
                new QuoteCase("a partial quotation running on before an inverted attribution", List.of(
                        "\"The minister wants a bigger deal than the small one\" signed in May, said Derek Vance, a trade "
                                + "scholar."),
                        List.of("Derek Vance: The minister wants a bigger deal than the small one")),
                new QuoteCase("both parts around a French incise are the speakers", List.of(
                        "La procureure Hélène Vautrin a requis cinq ans de prison.",
                        "« Il connaissait les risques, a-t-elle déclaré à la cour. Il a choisi de les ignorer. »"),
                        List.of("Hélène Vautrin: Il connaissait les risques", "Hélène Vautrin: Il a choisi de les ignorer.")),
                new QuoteCase("words set inside someone else's sentence do not take the last speaker", List.of(
                        "“We will reopen the school in May,” said Ada Brill.",
                        "The committee “Parents First”, led by Tom Hale, has collected 600 signatures."),
                        List.of("Ada Brill: We will reopen the school in May")),
                new QuoteCase("a clause closing a partial quotation's sentence names its speaker", List.of(
                        "Ilsa Marrow runs the prison at Dunmore. She said she could not comment on the inquiry.",
                        "“We do not want those people” working in our prisons, she said."),
                        List.of("Ilsa Marrow: We do not want those people")),
                new QuoteCase("a description stands for the person who is the subject of the sentence before", List.of(
                        "Pat Lowe played a long set with Ann Roe at the harbour festival on Monday.",
                        "After the encore, the singer and guitarist told the audience, “We should go on the road again next "
                                + "year.”"),
                        List.of("Pat Lowe: We should go on the road again next year.")),
                new QuoteCase("a name set off by commas after a description of the speaker", List.of(
                        "Caleb Renner died in February after striking the hydrant.",
                        "\"Caleb did everything right that day,\" his mother, Joanne Renner, said outside the courthouse.",
                        "“The evidence is not strong enough to form the basis for an indictment,” the deputy director of "
                                + "public prosecutions, Eva-Marie Persson, said on Tuesday."),
                        List.of("Joanne Renner: Caleb did everything right that day",
                                "Eva-Marie Persson: The evidence is not strong enough to form the basis for an indictment")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributions")
    void theSpeakersFollowTheRule(QuoteCase article) {
        assertEquals(article.quotes(), article.attributed());
    }

    @Test
    void aDescriptionOfAPersonStandsForThePersonTheSentenceBeforeIsAbout() {
        assertEquals(List.of("Nell Hargreave: We will be back next spring."), attributed(
                "Drummer Nell Hargreave played the last show of the tour in Leeds on Sunday.",
                "After the encore, the singer and drummer told the crowd: “We will be back next spring.”"));
        assertEquals(List.of("Julián Sabroso: Nadie va a quedarse sin agua este verano"), attributed(
                "El alcalde de Montoro, Julián Sabroso, pidió calma a los vecinos.",
                "«Nadie va a quedarse sin agua este verano», afirmó el regidor."));
    }

    @Test
    void aDescriptionAfterAnotherPersonIsNamedStaysUnresolved() {
        assertEquals(List.of(), speakersContaining("Castell",
                "Drummer Nell Hargreave thanked promoter Ivo Castell for the booking.",
                "“We will be back next spring,” the 41-year-old said."));
        assertEquals(List.of(), speakersContaining("Hargreave",
                "Drummer Nell Hargreave thanked promoter Ivo Castell for the booking.",
                "“We will be back next spring,” the 41-year-old said."));
        assertEquals(List.of(), speakersContaining("Reddick",
                "Club manager Tom Reddick was dismissed by the council on Monday.",
                "“The decision was taken for the good of the town,” the mayor said."),
                "the mayor is not the manager named before");
    }

    @Test
    void aLetterSomeoneWroteGoesOnInTheirWordsNotInTheOrganisationNamedBefore() {
        assertEquals(List.of("Carys Penhale: I can no longer defend a timetable my own officials say is out of reach.",
                "Carys Penhale: Public service has been the honour of my working life"),
                attributed("Transport minister Carys Penhale resigned on Friday.",
                        "The Treasury had said last week that she kept the chancellor's full support.",
                        "In her resignation letter, sent on Friday morning, she wrote: \"I can no longer defend "
                                + "a timetable my own officials say is out of reach.\"",
                        "\"Public service has been the honour of my working life,\" the letter continued."));
    }

    @Test
    void thePersonAParticiplesPhraseIsPutByIsNotTheSubjectOfTheClauseAfterIt() {
        assertEquals(List.of("Hélène Marcoux: Je refuse ce choix, et je le dis devant vous"), attributed(
                "Mardi, lors de la séance des questions, la ministre de l'Agriculture a changé de ton.",
                "Interpellée par le député du Haut-Verdon, Gilles Arnoult, dont la circonscription perdrait son "
                        + "seul abattoir, Hélène Marcoux a annoncé un délai de six mois pour la fermeture.",
                "« Je refuse ce choix, et je le dis devant vous », a-t-elle lancé dans l'hémicycle."));
        assertEquals(List.of("Rhona Tate: We will not close a single ward this winter"), attributed(
                "The health secretary faced the committee on Tuesday.",
                "Questioned by the committee chairman, Owen Brisk, who represents a coastal seat, Rhona Tate "
                        + "promised a review of the closures.",
                "\"We will not close a single ward this winter,\" she said."));
    }

    @Test
    void theOneAFrameSetsUpSpeaksInTheVerbAloneAfterTheSentenceWhoseSubjectIsAThing() {
        assertEquals(List.of("Tomás Ibarra: Los votantes castigaron una costumbre, no un programa"), attributed(
                "El alcalde Julián Pardo reconoció la derrota el domingo por la noche.",
                "Para el sociólogo de la Universidad de Valmoral Tomás Ibarra, el resultado se explica por el "
                        + "desgaste. «Los votantes castigaron una costumbre, no un programa», explica."));
        assertEquals(List.of("Ana Prado: O eleitor puniu um hábito, não um programa"), attributed(
                "O prefeito Paulo Dias admitiu a derrota no domingo à noite.",
                "Para a economista da Fundação Tomé Vilar Ana Prado, o resultado se explica pelo desgaste. "
                        + "«O eleitor puniu um hábito, não um programa», explica."));
    }

    @Test
    void aStatementOfAnOrganisationTheArticleDoesNotNameHasNoSpeaker() {
        BriefContent brief = TestFiles.brief("",
                "Harlow Mining Group bought the quarry from Brindle Holdings in 2019.",
                "The company denied the claims in a statement on its website.",
                "\"We have met every safety rule since the quarry opened,\" the statement read.");
        assertEquals(List.of(), brief.quotes().stream().filter(q -> !q.speaker().isEmpty()).toList(),
                "\"the company\" may be either; neither is named as the one that issued the statement");
    }

    @Test
    void aNameAfterAPrepositionAndItsArticleIsAnObjectNotTheSpeaker() {
        assertEquals(List.of(), speakersContaining("Harlow",
                "Police arrested Tom Brack, 52, on Friday.",
                "During the call, he asked about the Harlow Youth League and called the coach a \"fraud\"."));
    }

    @Test
    void aRussianPronounBeforeANounIsStillThePronoun() {
        assertEquals(List.of("Игорь Лесков: Нам не показали расчёты"), attributed(
                "Депутат Игорь Лесков голосовал против проекта.",
                "«Нам не показали расчёты», — сказал он журналистам после заседания."));
        assertEquals(List.of(), speakersContaining("Ларин",
                "Актёр Пётр Ларин снимался с моделью Верой Кольской. Она откровенно рассказала о пробах:",
                "«Я боялась камеры все три дня»."),
                "before its verb a pronoun may be followed by an adverb and is not resolved past a person it "
                        + "cannot tell apart");
    }

    @Test
    void aPronounAfterASentenceAboutSomeoneDescribedIsNotTheOneNamedEarlier() {
        assertEquals(List.of(), speakersContaining("Barrault",
                "L'avocat de la famille, Me Lucien Barrault, a demandé une peine exemplaire.",
                "Dans le box, l'accusé, qui a toujours nié, n'a pas réagi. Mardi, il avait déclaré à la cour : "
                        + "« Je n'ai rien vu cette nuit-là. »"));
        assertEquals(List.of("Lars Holm: There is no money left for tax cuts."), attributed(
                "Union leader Rosa Kline met Finance Minister Lars Holm on Monday.",
                "The minister later spoke to reporters. He said: “There is no money left for tax cuts.”"));
    }

    @Test
    void anOrganisationBeforeACompoundTitleQualifiesThePerson() {
        BriefContent brief = TestFiles.brief("",
                "Lindell Institute editor-in-chief Kari Moe said: “We will publish every page of it.”");
        assertEquals(List.of("Kari Moe: We will publish every page of it."), TestFiles.attributed(brief));
        BriefContent joined = TestFiles.brief("",
                "\"The ice is thinner than anyone measured before,\" Polar Institute glaciologist and study co-author "
                        + "Maren Toft said.");
        assertEquals(List.of("Maren Toft: The ice is thinner than anyone measured before"),
                TestFiles.attributed(joined));
    }

    @Test
    void aNameSetOffByACommaAfterTheDescriptionThatFollowsTheVerb() {
        BriefContent french = TestFiles.brief("",
                "« Le pont tiendra encore dix ans », a déclaré l'ingénieure de la commune, Claire Vasseur.");
        assertEquals(List.of("Claire Vasseur: Le pont tiendra encore dix ans"), TestFiles.attributed(french));
        BriefContent portuguese = TestFiles.brief("",
                "A construtora negou tudo. «Os preços seguem a tabela oficial», afirmou o diretor da empresa, Rui "
                        + "Falcão.");
        assertEquals(List.of("Rui Falcão: Os preços seguem a tabela oficial"), TestFiles.attributed(portuguese));
    }

    @Test
    void dialogueDashesAndAVerbWithoutItsSubjectSpeakForThePersonJustNamed() {
        BriefContent brief = TestFiles.brief("",
                "El director de la planta, Ramiro Ocaña, recibió a la prensa en la puerta de la fábrica.",
                "—No vamos a cerrar la planta —dijo Ocaña—. Lo que haremos es concentrar la producción.",
                "—Hay sitio para casi todos en los turnos de día —insistió—.");
        assertEquals(List.of("Ramiro Ocaña: No vamos a cerrar la planta",
                "Ramiro Ocaña: Lo que haremos es concentrar la producción.",
                "Ramiro Ocaña: Hay sitio para casi todos en los turnos de día"), TestFiles.attributed(brief));
        BriefContent portuguese = TestFiles.brief("",
                "O presidente do sindicato, Josué Lacerda, cobrou garantias por escrito. \"Promessa de empresa em "
                        + "crise não paga aluguel\", afirmou.");
        assertEquals(List.of("Josué Lacerda: Promessa de empresa em crise não paga aluguel"),
                TestFiles.attributed(portuguese));
    }

    @Test
    void germanAttributesWithSoAndTheName() {
        BriefContent brief = TestFiles.brief("",
                "Der Gemeinderat hat die Schließung des Bades beschlossen. Gisela Trautner sammelt Unterschriften.",
                "»Das ist eine Entscheidung gegen die Kinder«, so Gisela Trautner, Vorsitzende des Fördervereins.");
        assertEquals(List.of("Gisela Trautner: Das ist eine Entscheidung gegen die Kinder"), TestFiles.attributed(brief));
        BriefContent english = TestFiles.brief("",
                "Ana Lind spoke first. \"We are not leaving this hall tonight,\" so Per Olsen left the room.");
        assertEquals(List.of(), english.quotes().stream().filter(q -> q.speaker().contains("Olsen")).toList(),
                "a clause after \"so\" names who acts, not who spoke");
    }

    @Test
    void noSpeakerRatherThanAWrongOne() {
        BriefContent brief = TestFiles.brief("",
                "Two people familiar with the talks described the mood.",
                "\"Nobody is in a hurry to sign anything this year,\" one of them said.");
        assertEquals(List.of(), brief.quotes().stream().filter(q -> q.speaker().equals("Two")).toList());
    }

    @Test
    void aWrittenAttributionAfterAnAppositionNamesItsAuthorButAWriterBeforeAQuotationSaysNothing() {
        assertEquals(List.of("Ilse Brandt: Tariffs are paid at the border by the importer, not by the exporter"),
                attributed("Importers paid the new duties in March.",
                        "“Tariffs are paid at the border by the importer, not by the exporter,” Ilse Brandt, a senior "
                                + "fellow at the Corrin Tax Centre, has written."));
        assertEquals(List.of(), speakersContaining("Holt", "The song topped the chart in May.",
                "Then Dana Holt learned who had written it, and was stunned by “the sheer nerve of it all.”"));
    }

    @Test
    void aDescriptionOfOnePersonThatResolvesToNoOneLeavesTheSpeakerEmpty() {
        assertEquals(List.of(": We will be back next spring"), attributed(
                "Drummer Nell Hargreave thanked promoter Ivo Castell for the booking.",
                "“We will be back next spring,” the 41-year-old said."));
        assertEquals(List.of("the doctors: We will be back next spring"), attributed(
                "Drummer Nell Hargreave thanked promoter Ivo Castell for the booking.",
                "“We will be back next spring,” the doctors said."), "people the article does not name");
    }

    @Test
    void aSpeakersFragmentDoesNotPushTheirStatementsBehindEveryoneElses() {
        List<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add("Senator Ada Vore called the audit “a crisis of trust” on Monday.");
        for (String name : List.of("Ola Brenn", "Tiko Marr", "Ivo Sand", "Lea Dorn", "Bram Hollis", "Nia Castell")) {
            for (String item : List.of("first", "second", "third")) {
                paragraphs.add("“The " + item + " point " + name.split(" ")[0] + " raised is settled now,” said "
                        + name + ".");
            }
        }
        paragraphs.add("“We will read every page of it,” said Ada Vore.");
        paragraphs.add("“Nobody will be spared if the figures are wrong,” Vore added.");
        List<String> statements = TestFiles.attributed(TestFiles.brief("", paragraphs.toArray(String[]::new)))
                .stream().filter(quote -> quote.startsWith("Ada Vore: ") && !quote.contains("crisis")).toList();
        assertEquals(List.of("Ada Vore: We will read every page of it",
                "Ada Vore: Nobody will be spared if the figures are wrong"), statements);
    }

    @Test
    void aPersonSetOffAfterAPrepositionOpeningTheSentenceIsWhoItsPronounStandsFor() {
        assertEquals(List.of("Nadia Fournel: La vraie question est à quelle heure on éteint"), speakersContainingText(
                "Fournel",
                "Pendant deux ans, l'équipe du pédiatre Étienne Vasseur a suivi trois mille élèves.",
                "Pour Nadia Fournel, neurologue à l'hôpital de Valmoret, ces résultats confirment ce que les "
                        + "cliniciens observent. « La vraie question est à quelle heure on éteint », estime-t-elle."));
    }
}
