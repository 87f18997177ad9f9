package io.claimtrack.linking;

/** Quotes that appear verbatim in ../shared/seeds/004_*.txt, for re-carrying in fixtures. */
public final class SeedQuotes {
    public static final String TATOYAN =
            "In front of the whole world, Ilham Aliyev with fascist cynicism publicly insults,"
                    + " humiliates the dignity of an entire nation, and deliberately inflicts"
                    + " suffering on the relatives of the dead soldiers, missing people and"
                    + " prisoners of war";
    public static final String TATOYAN_SHORT =
            "another manifestation of the morbid Armenophobia of the Azerbaijani authorities.";
    public static final String MOFA_ARMENIA =
            "At a time when the consequences of the war unleashed by Azerbaijan against Artsakh"
                    + " haven’t been fully addressed, when numerous Armenian prisoners of war are"
                    + " being held in Azerbaijani captivity, with the organization of such an"
                    + " ‘exhibition’ wrapped in the elements of marauding, Azerbaijan is finally"
                    + " consolidating its position as a global center of intolerance and"
                    + " xenophobia";
    public static final String MOFA_AZERBAIJAN =
            "We once again advise the Ministry of Foreign Affairs of Armenia to refrain from"
                    + " rhetoric full of lies and slander on the issue of ‘prisoners of war’"
                    + " expressed at every opportunity";
    public static final String ALIYEV =
            "Everyone who visits the park of military trophies will see the strength of our"
                    + " army, will see our willpower, and how hard it was to achieve victory";
    public static final String AVINYAN =
            "Negotiations mediated by Russia are continuing and we hope that the Azerbaijani"
                    + " side will at last respect the statement signed by it and implement the"
                    + " humanitarian agreement.";

    private SeedQuotes() {}
}
