package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation's name that has crossed a particle goes on over the preposition that joins its action noun to the
 * object ("Delegacia de Combate a Fraudes", "Board of Inquiry into Floods"), and over the adjectives that follow its
 * noun ("Protezione civile", "Assemblée nationale") and after those over a plural genitive to its members' noun ("Ordre
 * national des médecins"): it is one organisation, and no piece of it is a person. A person's name with a particle stays a person's, and after a bare organisation the preposition
 * belongs to the clause. Every name is invented.
 */
class OrganisationNamesTest {

    /** An article, the organisation it names whole, and the piece that must be no actor (null: none to check). */
    record NameCase(String rule, List<String> paragraphs, String organisation, String piece) {
        @Override
        public String toString() {
            return rule;
        }

        List<String> actors() {
            BriefContent brief = TestFiles.brief("", paragraphs.toArray(String[]::new));
            return brief.actors().stream().map(Actor::name).toList();
        }
    }

    static Stream<NameCase> names() {
        return Stream.of(
                new NameCase("pt: an office for fighting something, named twice", List.of(
                        "A Delegacia de Combate a Fraudes Bancárias prendeu dois suspeitos na terça-feira em Campinas.",
                        "Segundo a Delegacia de Combate a Fraudes Bancárias, os suspeitos usavam cartões clonados.",
                        "“Eles agiam havia dois anos”, disse o delegado Rui Matos."),
                        "Delegacia de Combate a Fraudes Bancárias", "Fraudes Bancárias"),
                new NameCase("pt: a contracted connector", List.of(
                        "A Associação de Apoio aos Pescadores Artesanais pediu ajuda ao governo na segunda-feira.",
                        "A Associação de Apoio aos Pescadores Artesanais reúne trezentos barcos.",
                        "“O porto está parado”, disse o presidente Caio Nunes."),
                        "Associação de Apoio aos Pescadores Artesanais", "Pescadores Artesanais"),
                new NameCase("es: the name ends in a word that is a function word of French only", List.of(
                        "Las acciones de Navieras del Sur subieron un 9% el jueves en la bolsa de Orvalle.",
                        "Navieras del Sur cerró de madrugada un acuerdo con sus bancos para aplazar la deuda.",
                        "Navieras del Sur presentará el plan a sus accionistas en enero, según la empresa."),
                        "Navieras del Sur", "Navieras"),
                new NameCase("es: a foundation for helping someone", List.of(
                        "La Fundación de Ayuda a Familias Desplazadas abrió el lunes un comedor que da de comer a los "
                                + "vecinos del barrio, y lo hizo con el dinero de una colecta.",
                        "Según los datos de la Fundación de Ayuda a Familias Desplazadas, hay más de doscientas personas "
                                + "que no tienen casa, y por eso pide que el ayuntamiento ceda un local.",
                        "“Nadie debería dormir en la calle”, dijo la directora Inés Calvo."),
                        "Fundación de Ayuda a Familias Desplazadas", "Familias Desplazadas"),
                new NameCase("it: an association against something", List.of(
                        "Da ieri l'Associazione per la Lotta contro Malattie Rare raccoglie fondi a Pavia.",
                        "Secondo l'Associazione per la Lotta contro Malattie Rare, i malati sono più di mille.",
                        "“Servono più ricercatori”, ha detto la presidente Lucia Ferri."),
                        "Associazione per la Lotta contro Malattie Rare", "Malattie Rare"),
                new NameCase("fr: a committee of support to someone", List.of(
                        "À Quimper, le Comité de Soutien aux Familles Sinistrées a collecté des vêtements.",
                        "Selon le Comité de Soutien aux Familles Sinistrées, quarante bénévoles trient les dons.",
                        "« Les dons arrivent chaque jour », a déclaré la présidente Anne Le Goff."),
                        "Comité de Soutien aux Familles Sinistrées", "Familles Sinistrées"),
                new NameCase("en: a board of inquiry into something", List.of(
                        "The Board of Inquiry into Harbour Flooding will report in May, its chair said.",
                        "The Board of Inquiry into Harbour Flooding has heard forty witnesses.",
                        "“We will follow the evidence,” said chair Dana Wright."),
                        "Board of Inquiry into Harbour Flooding", "Harbour Flooding"),
                new NameCase("it: an adjective after the organisation noun", List.of(
                        "Ieri la Protezione civile ha diramato un'allerta rossa per la valle del fiume Lerno.",
                        "Secondo la Protezione civile, le piogge dureranno fino a domenica e i ponti restano chiusi.",
                        "“Restate in casa”, ha detto il sindaco Paolo Grilli."),
                        "Protezione civile", null),
                new NameCase("fr: an adjective after the organisation noun", List.of(
                        "Mardi, l'Assemblée nationale a voté le budget de la ville après une longue nuit de débats.",
                        "Selon l'Assemblée nationale, le texte sera publié la semaine prochaine.",
                        "« Le vote est acquis », a déclaré la députée Anne Le Goff."),
                        "Assemblée nationale", null),
                new NameCase("pt: an adjective, then a particle and the place", List.of(
                        "A Guarda municipal de Sorocaba fechou a feira na segunda-feira por causa da chuva.",
                        "Segundo a Guarda municipal de Sorocaba, a feira volta a abrir na quarta-feira.",
                        "“Ninguém se feriu”, disse o comandante Rui Matos."),
                        "Guarda municipal de Sorocaba", null),
                new NameCase("es: an adjective, then a particle and the place", List.of(
                        "La Policía local de Teruel cortó el lunes la calle mayor por las obras del alcantarillado.",
                        "Según la Policía local de Teruel, los cortes durarán hasta el viernes por la tarde.",
                        "“No habrá más cortes este mes”, dijo el comisario Tomás Ferrán."),
                        "Policía local de Teruel", null),
                new NameCase("fr: the members' noun after the adjective and a plural genitive", List.of(
                        "Mardi, le Collège national des sages-femmes a demandé un moratoire sur les fermetures.",
                        "« Les équipes sont épuisées », écrit le Collège national des sages-femmes dans un communiqué.",
                        "« Nous lirons le texte », a déclaré la ministre Anne Le Goff."),
                        "Collège national des sages-femmes", "Collège national"),
                new NameCase("it: the members' noun after the adjective and a plural genitive", List.of(
                        "Ieri il Collegio nazionale dei periti ha chiesto al governo di rivedere la riforma.",
                        "Secondo il Collegio nazionale dei periti, i cantieri fermi sono più di duecento.",
                        "«Ne parleremo presto», ha detto il ministro Paolo Grilli."),
                        "Collegio nazionale dei periti", "Collegio nazionale"),
                new NameCase("es: the members' noun after the adjective, de and a plural article", List.of(
                        "El Colegio oficial de los arquitectos pidió el lunes que se revise el plan urbanístico.",
                        "Según el Colegio oficial de los arquitectos, el plan deja sin parques a tres barrios.",
                        "«Lo estudiaremos», dijo el alcalde Tomás Ferrán."),
                        "Colegio oficial de los arquitectos", "Colegio oficial"),
                new NameCase("pt: the members' noun after the adjective and a plural genitive", List.of(
                        "A Ordem nacional dos enfermeiros pediu na segunda-feira mais vagas nos hospitais.",
                        "Segundo a Ordem nacional dos enfermeiros, faltam três mil profissionais no país.",
                        "“Vamos ouvir todos”, disse o ministro Rui Matos."),
                        "Ordem nacional dos enfermeiros", "Ordem nacional"),
                new NameCase("pt: a bare organisation, the preposition is the clause's", List.of(
                        "O Governo enviou a Lucas Prado uma carta na sexta-feira.",
                        "“Não recebi nada”, disse Lucas Prado."),
                        null, "Governo a Lucas Prado"),
                new NameCase("es: the preposition before a place is the clause's", List.of(
                        "El ministro llevó el informe de la Comisión de Investigación a Madrid el lunes por la tarde.",
                        "“Lo leeremos con calma”, dijo el ministro Tomás Ferrán."),
                        null, "Comisión de Investigación a Madrid"),
                new NameCase("es: a person's particle is no organisation's", List.of(
                        "Ana de la Torre dijo el lunes que dimitirá del consejo de Ayuda a Refugiados.",
                        "“Me voy”, dijo Ana de la Torre."),
                        "Ana de la Torre", null),
                new NameCase("de: a sports club's abbreviation opens the club's name", List.of(
                        "Vor 2.100 Zuschauern feierte Trainer Ralf Hochmeier den ersten Sieg des SK Wendorf seit August.",
                        "„Das war überfällig“, sagte Hochmeier. Beim SK Wendorf war die Erleichterung groß."),
                        "SK Wendorf", null),
                new NameCase("pt: a department whose noun is a role in Spanish", List.of(
                        "O atendimento domiciliar de Vale Fundo foi suspenso nesta sexta-feira.",
                        "Os atendimentos estão sendo reagendados. A Secretaria Municipal de Saúde informou que tudo "
                                + "estará normalizado na segunda-feira."),
                        "Secretaria Municipal de Saúde", "Municipal de Saúde"),
                new NameCase("fr: a hospital's name whose adjectives are in lower case", List.of(
                        "Le Centre hospitalier intercommunal des Hautes-Combes a été privé de son informatique lundi.",
                        "« Nous ne paierons pas », a déclaré le directeur général, Paul Marchand."),
                        "Centre hospitalier intercommunal des Hautes-Combes", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theOrganisationIsOneName(NameCase name) {
        List<String> actors = name.actors();
        if (name.organisation() != null) {
            assertTrue(actors.contains(name.organisation()), actors::toString);
        }
        if (name.piece() != null) {
            assertFalse(actors.contains(name.piece()), actors::toString);
        }
    }

    @Test
    void anItalianDepartmentIsAnOrganisation() {
        // "I ricercatori del Dipartimento di Fisica": a university's department, written as a name, is no person.
        BriefContent brief = TestFiles.brief("",
                "I ricercatori del Dipartimento di Ottica hanno seguito 300 pazienti per sei anni a Morlano.",
                "«Abbiamo misurato tutto», ha detto il professor Marco Tedeschi.");
        Actor department = brief.actors().stream().filter(actor -> actor.name().equals("Dipartimento di Ottica"))
                .findFirst().orElseThrow();
        assertEquals(Actor.ORGANISATION, department.type());
    }

    /** A name in lower case after its first word, spelt out by the acronym after it, and the noun that speaks for it. */
    static Stream<List<String>> namesTheirAcronymSpells() {
        return Stream.of(
                List.of("Syndicat des éleveurs de chèvres du Jura (SECJ)", "Par voie de communiqué, le Syndicat des "
                        + "éleveurs de chèvres du Jura (SECJ) a demandé lundi une aide d'urgence à la préfecture.",
                        "« Nos bêtes n'ont plus de foin depuis août », a indiqué le syndicat, qui se réunira jeudi."),
                List.of("Asociación de vecinos del barrio Norte (AVBN)", "La Asociación de vecinos del barrio Norte "
                        + "(AVBN) presentó el martes una denuncia contra la obra ante el juzgado de Toledo.",
                        "«Nadie nos avisó de los cortes de agua», afirmó la asociación en un comunicado."),
                List.of("Agence régionale de santé (ARS)", "L'Agence régionale de santé (ARS) a fermé vendredi la "
                        + "maternité de Vernay, faute de médecins.",
                        "« La sécurité des patientes passe avant tout », a déclaré l'agence dans un communiqué."));
    }

    @ParameterizedTest
    @MethodSource("namesTheirAcronymSpells")
    void anOrganisationsNameInLowerCaseIsReadWholeUpToItsAcronym(List<String> example) {
        BriefContent brief = TestFiles.brief("", example.subList(1, example.size()).toArray(String[]::new));
        assertEquals(List.of(example.getFirst()), brief.actors().stream().map(Actor::name).toList());
        assertEquals(example.getFirst(), brief.quotes().getFirst().speaker());
    }

    @ParameterizedTest
    @MethodSource("namedAfterTheirMembers")
    void aNameAfterANounOfOrganisationsAndItsMembersIsAnOrganisations(List<String> example) {
        BriefContent brief = TestFiles.brief("", example.subList(1, example.size()).toArray(String[]::new));
        Actor organisation = brief.actors().stream().filter(actor -> actor.name().equals(example.getFirst()))
                .findFirst().orElseThrow(() -> new AssertionError(brief.actors().toString()));
        assertEquals(Actor.ORGANISATION, organisation.type());
    }

    @ParameterizedTest
    @MethodSource("namedByAnInstitutionsNoun")
    void aNameOpenedByABanksASchoolsOrAMuseumsNounIsAnOrganisations(List<String> example) {
        aNameAfterANounOfOrganisationsAndItsMembersIsAnOrganisations(example);
    }

    /** "Banco Central de X", "Bolsa de Y", "Banca Z", "Museu de X": capitalised names an institution's noun opens. */
    static Stream<List<String>> namedByAnInstitutionsNoun() {
        return Stream.of(
                List.of("Минздрав Озёрской", "В пятницу Минздрав Озёрской области закрыл родильное отделение "
                                + "районной больницы до весны.",
                        "«Отделение не отвечает требованиям», — говорится в заявлении регионального Минздрава."),
                List.of("Museu de Arte de Valmira", "O Museu de Arte de Valmira fechou duas salas depois da "
                                + "inundação de terça-feira, e o diretor pediu ajuda à câmara.",
                        "“Nenhuma obra foi danificada”, disse o diretor Rui Tavares."),
                List.of("Banco Central de Orvania", "El Banco Central de Orvania subió la tasa el martes.",
                        "«La inflación no cede», dijo el Banco Central de Orvania en un comunicado."),
                List.of("Bolsa de Valmira", "A Bolsa de Valmira caiu 4% na sexta-feira.",
                        "“O pânico passou”, disse o analista Rui Tavares, ouvido pela Bolsa de Valmira."),
                List.of("Banca Ferrandi", "La Banca Ferrandi ha chiuso dieci filiali in Umbria la settimana scorsa, dopo un anno difficile.",
                        "«Nessuno perderà il posto», ha detto il direttore Marco Sala della Banca Ferrandi."));
    }

    /** A one-word name, named once, after "l'association d'usagers", "la asociación de vecinos": an organisation's. */
    static Stream<List<String>> namedAfterTheirMembers() {
        return Stream.of(
                List.of("Railvox", "La ligne de Sorvilliers perd ses trains directs en décembre, a annoncé la compagnie.",
                        "« Un train sur cinq arrive en retard à Sorvilliers », affirme l'association d'usagers Railvox."),
                List.of("Barriovivo", "El ayuntamiento de Orza cerró el martes el mercado de la plaza Mayor.",
                        "La asociación de vecinos Barriovivo presentó una queja. «Nadie nos preguntó», dijo su "
                                + "portavoz, Marta Gil."),
                // The elided article that opens the sentence capitalises the noun, which stays a common noun.
                List.of("Quaivif", "Le port de Lantenay fermera son quai nord pendant six mois, a annoncé la mairie.",
                        "L'association de riverains Quaivif a dénoncé mardi un chantier lancé sans la moindre "
                                + "concertation avec les habitants du quartier."),
                List.of("Ferolux", "Il comune di Varenna ha convocato per lunedì un tavolo con i sindacati.",
                        "L'azienda Ferolux ha annunciato ieri la chiusura dello stabilimento, che dà lavoro a "
                                + "duecento persone della valle."));
    }

    @Test
    void theShortFormOfAnOrganisationsNameIsNoPerson() {
        // "Crane Hollow" before "Crane Hollow Records": two name words, but the organisation's, not someone's.
        BriefContent brief = TestFiles.brief("",
                "The singer Ada Venn accused Crane Hollow of blocking the release of her new album, her lawyer said.",
                "Crane Hollow Records sued Venn in a court in Nashville last week.",
                "“We have honoured every request she made,” the label said.");
        List<String> people = brief.actors().stream().filter(actor -> actor.type().equals(Actor.PERSON))
                .map(Actor::name).toList();
        assertEquals(List.of("Ada Venn"), people);
    }

    /** A name, the type it must have in an article of those paragraphs, and the rule that gives it. */
    record TypeCase(String rule, String name, String type, List<String> paragraphs) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<TypeCase> types() {
        return Stream.of(
                new TypeCase("an apposition headed by a company noun", "Officine Varesi", Actor.ORGANISATION, List.of(
                        "Lunedì le Officine Varesi, l'azienda di componenti di Lecco, hanno chiuso lo stabilimento.",
                        "«Non avevamo scelta», ha detto il sindaco Marco Berti.")),
                new TypeCase("an apposition headed by an operator", "Harbour Lines", Actor.ORGANISATION, List.of(
                        "Harbour Lines, the operator of the island crossings, cancelled all sailings on Tuesday.",
                        "\"We had no choice,\" said the mayor, Ann Roe.")),
                new TypeCase("the noun qualifies her role", "Ann Roe", Actor.PERSON, List.of(
                        "Ann Roe, a company director, said on Tuesday that she would stay on the board.",
                        "\"I have no plans to leave,\" Ann Roe said.")),
                // "X Ferries", "X Brothers", "Fratelli X": no person's name ends or opens with such a word.
                new TypeCase("en: a plural business word ends the name", "Kestrel Ferries", Actor.ORGANISATION, List.of(
                        "Kestrel Ferries said all crossings from Dunmore after six were cancelled on Tuesday.",
                        "\"The sea is too rough,\" said the harbour master, Ann Roe.")),
                new TypeCase("en: brothers end the name", "Pellow Brothers", Actor.ORGANISATION, List.of(
                        "Pellow Brothers said on Monday it would close its bakery in Truro next spring.",
                        "\"It is a sad day,\" said the mayor, Ann Roe.")),
                new TypeCase("it: brothers open the name", "Fratelli Borsani", Actor.ORGANISATION, List.of(
                        "La Fratelli Borsani ha annunciato lunedì la chiusura del pastificio di Lodi, dove lavorano "
                                + "quaranta persone.",
                        "«Non avevamo scelta», ha detto il sindaco Marco Berti.")),
                new TypeCase("es: a public office's noun opens the name", "Defensoría Federal del Usuario",
                        Actor.ORGANISATION, List.of(
                        "El lunes, la Defensoría Federal del Usuario anunció una multa a tres bancos de Monterrey.",
                        "«Cobraron comisiones que no existen», dijo el titular Tomás Ferrán.")),
                new TypeCase("es: brothers open the name", "Hermanos Quiroga", Actor.ORGANISATION, List.of(
                        "Hermanos Quiroga anunció el lunes el cierre de su fábrica de muebles en Toledo.",
                        "«No teníamos otra opción», dijo el alcalde Tomás Ferrán.")),
                // "Officine X", "Ateliers X", "Talleres X": works and yards open a firm's name as "Fratelli" does.
                new TypeCase("it: works open the name", "Officine Lusetti", Actor.ORGANISATION, List.of(
                        "Le Officine Lusetti hanno chiuso ieri lo stabilimento di Borgo Alto, dove lavoravano trecento operai.",
                        "Secondo le Officine Lusetti, la produzione sarà trasferita in Polonia entro marzo.")),
                new TypeCase("fr: workshops open the name", "Ateliers Morvan", Actor.ORGANISATION, List.of(
                        "Les Ateliers Morvan ont fermé mardi l'usine de Kerbriand, où travaillaient trois cents ouvriers.",
                        "Selon les Ateliers Morvan, la production sera transférée en Pologne d'ici mars.")),
                new TypeCase("es: workshops open the name", "Talleres Garmendia", Actor.ORGANISATION, List.of(
                        "Los Talleres Garmendia cerraron ayer la fábrica de Villalta, donde trabajaban trescientos obreros.",
                        "Según los Talleres Garmendia, la producción se trasladará a Polonia en marzo.")),
                new TypeCase("pt: shipyards open the name", "Estaleiros Navais de Portovelho", Actor.ORGANISATION,
                        List.of("Os Estaleiros Navais de Portovelho demitiram ontem trezentos operários da fábrica.",
                        "Segundo os Estaleiros Navais de Portovelho, a produção será transferida para a Polônia.")),
                new TypeCase("es: a public office's noun opens the name", "Secretaría de Salud", Actor.ORGANISATION,
                        List.of("La Secretaría de Salud anunció el lunes el cierre de tres centros en el barrio de Vallecas.",
                        "Según la Secretaría de Salud, los pacientes serán atendidos en otros centros a partir de marzo.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void theNameHasItsType(TypeCase name) {
        assertEquals(name.type(), type(name.name(), name.paragraphs().toArray(String[]::new)));
    }

    private static String type(String name, String... paragraphs) {
        return TestFiles.brief("", paragraphs).actors().stream().filter(actor -> actor.name().equals(name))
                .map(Actor::type).findFirst().orElse("none");
    }
}
