package io.claimtrack.linking;

import static io.claimtrack.linking.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.SpeakerRef;
import org.junit.jupiter.api.Test;

class SpeakerDirectoryTest {
    private final KeyValues<SpeakerProfile> profiles = KeyValues.inMemory();
    private final SpeakerDirectory directory = new SpeakerDirectory(profiles, KeyValues.inMemory());

    @Test
    void surnameFullNameRoleAndLinkedMentionResolveToOneSpeaker() {
        SpeakerProfile first = directory.record(Events.person("Tatoyan", "Tatoyan", null), "A", T0);
        SpeakerProfile full =
                directory.record(
                        Events.person(
                                "Arman Tatoyan",
                                "Human Rights Defender of Armenia Arman Tatoyan",
                                "Human Rights Defender of Armenia"),
                        "B",
                        T0);
        SpeakerProfile byRole =
                directory.record(
                        new SpeakerRef(
                                "Armenia's Human Rights Defender",
                                null,
                                null,
                                null,
                                null,
                                "UNKNOWN",
                                true),
                        "C",
                        T0);
        SpeakerProfile linked =
                directory.record(Events.person("Arman Tatoyan", "the Ombudsman", null), "D", T0);
        SpeakerProfile ombudsman =
                directory.record(
                        new SpeakerRef(
                                "the Ombudsman",
                                "the Ombudsman",
                                null,
                                null,
                                null,
                                "UNKNOWN",
                                true),
                        "E",
                        T0);
        assertThat(full.id()).isEqualTo(first.id());
        assertThat(byRole.id()).isEqualTo(first.id());
        assertThat(linked.id()).isEqualTo(first.id());
        assertThat(ombudsman.id()).isEqualTo(first.id());
        SpeakerProfile p = profiles.get(first.id());
        assertThat(p.name()).isEqualTo("Arman Tatoyan");
        assertThat(p.statementCount()).isEqualTo(5);
        assertThat(p.outlets()).containsExactly("A", "B", "C", "D", "E");
        assertThat(p.roles()).containsExactly("Human Rights Defender of Armenia");
        assertThat(p.official()).isTrue();
        assertThat(p.names()).contains("Tatoyan", "Arman Tatoyan", "the Ombudsman");
    }

    @Test
    void aBareSurnameOfUnknownTypeIsJoinedByTheFullNameSeenLater() {
        // The extractor types "said Tatoyan" UNKNOWN when its article names him nowhere else.
        SpeakerProfile bare =
                directory.record(
                        new SpeakerRef("Tatoyan", "Tatoyan", null, null, null, "UNKNOWN", false),
                        "A",
                        T0);
        SpeakerProfile full =
                directory.record(Events.person("Arman Tatoyan", "Tatoyan", null), "B", T0);
        SpeakerProfile again =
                directory.record(
                        new SpeakerRef("Tatoyan", "Tatoyan", null, null, null, "UNKNOWN", false),
                        "C",
                        T0);
        assertThat(full.id()).isEqualTo(bare.id());
        assertThat(again.id()).isEqualTo(bare.id());
        assertThat(profiles.get(bare.id()).name()).isEqualTo("Arman Tatoyan");
        assertThat(profiles.get(bare.id()).type()).isEqualTo("PERSON");
    }

    @Test
    void aFullNameDoesNotJoinAnOrganisationNamedLikeItsSurname() {
        SpeakerProfile org = directory.record(Events.org("Northwind", "Northwind"), "A", T0);
        SpeakerProfile person =
                directory.record(Events.person("Ivan Northwind", null, null), "B", T0);
        assertThat(person.id()).isNotEqualTo(org.id());
    }

    @Test
    void anotherPersonWithTheSameSurnameIsNotMerged() {
        SpeakerProfile arman =
                directory.record(Events.person("Arman Tatoyan", null, null), "A", T0);
        SpeakerProfile anna = directory.record(Events.person("Anna Tatoyan", null, null), "A", T0);
        assertThat(anna.id()).isNotEqualTo(arman.id());
    }

    @Test
    void genericDescriptionsDoNotBecomeAliases() {
        SpeakerProfile mofa =
                directory.record(
                        Events.org("Ministry of Foreign Affairs of Armenia", "the ministry"),
                        "A",
                        T0);
        SpeakerProfile other =
                directory.record(Events.org("the ministry", "the ministry"), "B", T0);
        assertThat(other.id()).isNotEqualTo(mofa.id());
    }

    @Test
    void findsSpeakersNamedInText() {
        SpeakerProfile mofa =
                directory.record(
                        Events.org("Ministry of Foreign Affairs of Armenia", null), "A", T0);
        SpeakerProfile self =
                directory.record(
                        Events.org("Ministry of Foreign Affairs of Azerbaijan", null), "B", T0);
        assertThat(directory.mentionedIn(SeedQuotes.MOFA_AZERBAIJAN, self.id()))
                .containsExactly(mofa.id());
    }

    @Test
    void theSpeakersOwnStateIsNotSomeoneItAnswers() {
        SpeakerProfile mofa =
                directory.record(
                        Events.org("Ministry of Foreign Affairs of Armenia", null), "A", T0);
        SpeakerProfile state = directory.record(Events.org("Azerbaijan", null), "A", T0);
        SpeakerProfile self =
                directory.record(
                        Events.org("Ministry of Foreign Affairs of Azerbaijan", null), "B", T0);
        String text =
                "The Ministry of Foreign Affairs of Azerbaijan dismissed what the Ministry of"
                        + " Foreign Affairs of Armenia said about Azerbaijan as lies.";

        assertThat(directory.mentionedIn(text, self.id()))
                .containsExactly(mofa.id())
                .doesNotContain(state.id());
        assertThat(directory.mentionedIn(text, mofa.id())).contains(state.id());
    }
}
