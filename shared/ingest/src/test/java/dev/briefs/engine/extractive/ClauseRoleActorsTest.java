package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actors typed by their part in the clause rather than by lists of names: a name set off in apposition takes the part
 * and the kind of the noun phrase it names, the subject of a verb in any tense acts, and a sentence that opens with a
 * byline's preposition is story text whose people are actors.
 */
class ClauseRoleActorsTest {

    private static Optional<Actor> actor(BriefContent brief, String name) {
        return brief.actors().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private static List<String> speakers(BriefContent brief) {
        return brief.quotes().stream().map(q -> q.speaker()).toList();
    }

    private static List<String> names(BriefContent brief) {
        return brief.actors().stream().map(Actor::name).toList();
    }

    @Test
    void aPersonNamedInASentenceThatOpensWithABylinesPrepositionIsAnActor() {
        BriefContent es = TestFiles.brief("Cierra el mercado de abastos del barrio",
                "El mercado cerrará sus puertas el sábado después de cuarenta años, anunció el ayuntamiento.",
                "Por sus pasillos pasaron varias generaciones de vecinos del barrio. Para Lidia Ombú, jubilada y "
                        + "clienta desde siempre, el cierre \"es una tristeza enorme\".",
                "\"Aquí compré la fruta de toda mi vida\", recuerda Ombú.");
        assertTrue(actor(es, "Lidia Ombú").isPresent(), names(es).toString());
        BriefContent en = TestFiles.brief("Harbour ferry line to close",
                "The island ferry will make its last crossing on Sunday, the operator said.",
                "By the end of the decade the line carried a tenth of its old passengers, and for Colm Rudden, a "
                        + "skipper on it since 1998, the closure \"is the end of a whole way of life\".",
                "\"We will all miss it,\" Rudden said.");
        assertTrue(actor(en, "Colm Rudden").isPresent(), names(en).toString());
    }

    @Test
    void aNameInAppositionToAPhraseAnOrganisationNounHeadsIsAnOrganisationThatActs() {
        BriefContent en = TestFiles.brief("Ferry crossings halted after engine fire",
                "All crossings to the islands were halted on Monday after a fire in an engine room.",
                "The regulator, the Coastal Shipping Authority, confirmed that two vessels would be inspected.");
        assertEquals(Actor.ORGANISATION, actor(en, "Coastal Shipping Authority").map(Actor::type).orElse(""),
                names(en).toString());
        BriefContent pt = TestFiles.brief("Travessias suspensas depois de incêndio",
                "As travessias para as ilhas foram suspensas na segunda-feira depois de um incêndio.",
                "A operadora visada, a Navegações Ilhéu, suspendeu as viagens até nova ordem.");
        assertEquals(Actor.ORGANISATION, actor(pt, "Navegações Ilhéu").map(Actor::type).orElse(""),
                names(pt).toString());
        BriefContent fr = TestFiles.brief("Deux bretelles fermées après un effondrement",
                "Une partie de la chaussée s'est effondrée dans la nuit près de l'échangeur nord.",
                "Le gestionnaire des autoroutes de la région, Rouvia, a fermé deux bretelles jusqu'à nouvel ordre.");
        assertEquals(Actor.ORGANISATION, actor(fr, "Rouvia").map(Actor::type).orElse(""), names(fr).toString());
        BriefContent it = TestFiles.brief("Linea ferma dopo il guasto",
                "La linea è rimasta ferma per sei ore dopo un guasto alla centrale.",
                "Il gestore della rete, Elettrovia, ha annunciato un piano di controlli su tutte le cabine.");
        assertEquals(Actor.ORGANISATION, actor(it, "Elettrovia").map(Actor::type).orElse(""), names(it).toString());
    }

    @Test
    void aNamedPersonBeforeAVerbInTheImperfectActs() {
        BriefContent es = TestFiles.brief("El Atlético Ribera gana el derbi",
                "El Atlético Ribera ganó el derbi por dos a uno ante su público.",
                "En el otro banquillo, Ramiro Tolosa lamentaba la falta de gol de su equipo.");
        assertTrue(actor(es, "Ramiro Tolosa").isPresent(), names(es).toString());
        BriefContent it = TestFiles.brief("Il Borgo Calcio vince il derby",
                "Il Borgo Calcio ha vinto il derby per due a uno davanti al suo pubblico.",
                "Sull'altra panchina, Gianni Vescovi spiegava la sconfitta con la stanchezza della squadra.");
        assertTrue(actor(it, "Gianni Vescovi").isPresent(), names(it).toString());
    }

    @Test
    void aPersonNamedAfterARoleWithAnOrganisationInItsComplementIsIntroducedByTheVerbOfSpeech() {
        BriefContent pt = TestFiles.brief("Estivadores entram em greve",
                "Os estivadores do porto pararam na segunda-feira.",
                "\"Não paramos por capricho\", disse o presidente do Sindicato dos Estivadores, Joaquim Prates, aos "
                        + "jornalistas no cais.");
        assertTrue(actor(pt, "Joaquim Prates").isPresent(), names(pt).toString());
        BriefContent es = TestFiles.brief("Los estibadores van a la huelga",
                "Los estibadores del puerto pararon el lunes.",
                "\"No paramos por capricho\", dijo la secretaria general del Sindicato de Estibadores, Marta Lozoya, a "
                        + "los periodistas en el muelle.");
        assertTrue(actor(es, "Marta Lozoya").isPresent(), names(es).toString());
    }

    @Test
    void aShortNameInBracketsAfterAnOrganisationIsTheSameActorAndTheNameTheStoryUses() {
        BriefContent es = TestFiles.brief("Retiran una partida de jugos por moho",
                "El lunes, la Comisión Nacional de Alimentos Seguros (Conalis) ordenó retirar del mercado 40.000 "
                        + "envases de jugo de una planta de Toluca.",
                "Conalis explicó que las pruebas hallaron moho en tres lotes. Según Conalis, nadie ha enfermado.");
        assertEquals(List.of("Conalis"), names(es));
        assertTrue(actor(es, "Conalis").orElseThrow().mentions() >= 3, "the full name and the short are one actor");
        BriefContent pt = TestFiles.brief("Lote de xarope recolhido das farmácias",
                "A Agência Federal de Medicamentos (Afemed) mandou recolher na terça-feira um lote de xarope infantil.",
                "A Afemed informou que o lote tinha um rótulo com a dose errada.");
        assertEquals(List.of("Afemed"), names(pt));
        BriefContent once = TestFiles.brief("Lote de xarope recolhido das farmácias",
                "A Agência Federal de Medicamentos (Afemed) mandou recolher na terça-feira um lote de xarope infantil.",
                "A Agência Federal de Medicamentos informou que o lote tinha um rótulo com a dose errada.");
        assertEquals(List.of("Agência Federal de Medicamentos"), names(once), "the story calls it by its full name");
    }

    @Test
    void anOfficeNamedAfterWhomItServesKeepsItsPossessive() {
        BriefContent brief = TestFiles.brief("Evacuation order lifted in Pine Vale",
                "About 900 residents returned home on Saturday after the Dunmore County Sheriff's Office lifted the "
                        + "evacuation order.",
                "The Marlow Children's Hospital said it had treated four people for smoke inhalation.");
        assertTrue(actor(brief, "Dunmore County Sheriff's Office").isPresent(), names(brief).toString());
        assertTrue(actor(brief, "Marlow Children's Hospital").isPresent(), names(brief).toString());
    }

    @Test
    void theOrganisationASpeakersAppositionNamesAfterItsParticleIsAnActor() {
        BriefContent en = TestFiles.brief("Lorry driver dies in motorway crash",
                "A lorry driver died on Tuesday after a crash on the coast road.",
                "Sergeant Dara Keogh, of the Ardmore Police roads policing unit, said the road would stay closed "
                        + "overnight.");
        assertTrue(actor(en, "Ardmore Police").isPresent(), names(en).toString());
        BriefContent es = TestFiles.brief("Cierran la carretera de la costa tras un accidente",
                "Un camionero murió el martes en un accidente en la carretera de la costa.",
                "Ana Berrocal, de la Cooperativa Transportes Valle Alto, dijo que el conductor llevaba veinte años en "
                        + "la empresa.");
        assertTrue(actor(es, "Cooperativa Transportes Valle Alto").isPresent(), names(es).toString());
    }

    @Test
    void anOrganisationsNounSpeaksForTheOrganisationNamedBefore() {
        BriefContent en = TestFiles.brief("Hill fire is half contained",
                "The hill fire was half contained by Sunday evening, the Coastal Fire Service said in a statement.",
                "\"Our crews held the line on the ridge overnight,\" the agency said.");
        assertEquals(List.of("Coastal Fire Service"), speakers(en));
        BriefContent es = TestFiles.brief("Suben las tarifas del agua",
                "Las tarifas del agua subirán un 6% en enero, anunció el lunes la distribuidora Hidroferrán.",
                "«La subida cubre solo el coste de la energía», señaló la compañía en una nota.");
        assertEquals(List.of("Hidroferrán"), speakers(es));
        BriefContent de = TestFiles.brief("Wasserpreise steigen im Januar",
                "Die Wasserpreise steigen im Januar um sechs Prozent, wie die Stadtwerke Morlingen am Montag mitteilten.",
                "„Die Erhöhung deckt nur die gestiegenen Energiekosten“, so die Gesellschaft.");
        assertEquals(List.of("Stadtwerke Morlingen"), speakers(de));
    }
}
