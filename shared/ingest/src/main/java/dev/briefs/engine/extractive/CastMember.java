package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;

/**
 * A person or organisation the article names, with what the extractors need to refer back to it.
 *
 * @param id       position in the cast
 * @param name     the full name as first written
 * @param role     the role the article gives, or empty
 * @param type     {@link Actor#PERSON} or {@link Actor#ORGANISATION}
 * @param mentions how often the body names it
 * @param narrated how often the body names it outside quotations
 * @param keyword  the lower-case noun a description would use for it ("coalition" for the Coalition of the
 *                 Willing, "minister" for a prime minister), or empty
 * @param acting   how often it is the subject of a verb of action or speech ("Russia launched", "Osei said")
 * @param deeds    how often it is the subject of a verb other than one of speech or reporting ("the Times sued"):
 *                 an outlet acts only by deeds
 * @param speeches how often a verb of speech attributes words to it ("Roe said", "according to Roe")
 * @param actedOn  how often it is the object of a verb of action ("defeated Ann Roe"), a part in the story too
 * @param aside    how often the body names it outside quotations with no part of its own: as a possessive that
 *                 qualifies a noun ("Roe’s plan", where "Roe’s office said" acts) or in the background of the events
 *                 ("Roe had said", "In May, Roe said")
 * @param first    the body offset of its first mention
 * @param past     whether it is a historical figure rather than an actor: named as history once ("the late Ann Roe",
 *                 "Roe once said"), or every mention stands in a sentence about long ago (a year ten or more before the
 *                 article's latest)
 */
record CastMember(int id, String name, String role, String type, int mentions, int narrated, String keyword,
                  int acting, int deeds, int speeches, int actedOn, int aside, int first, boolean past) {

    boolean person() {
        return Actor.PERSON.equals(type);
    }

    Actor toActor() {
        return new Actor(name, role, type, mentions);
    }
}
