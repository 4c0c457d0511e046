package com.meterbook.ingest;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A profile's text is checked whole, names the key that is wrong and writes back to the same profile. */
class MappingProfileTest {

    static final String SEMICOLON = """
            delimiter=;
            column.id=Ref
            column.account=Konto
            column.caller=Von
            column.callee=Nach
            column.start=Beginn
            column.duration=Dauer
            time.pattern=dd/MM/yyyy HH:mm
            time.zone=Europe/Berlin
            """;

    @Test
    void aProfileReadsWithDefaultsAndWritesBackTheSame() {
        MappingProfile p = MappingProfile.parse("telco-de", SEMICOLON);

        assertThat(p.kind()).isEqualTo(MappingProfile.Kind.CALL);
        assertThat(p.delimiter()).isEqualTo(';');
        assertThat(p.quote()).isEqualTo('"');
        assertThat(p.header()).isTrue();
        assertThat(p.unit()).isEqualTo(MappingProfile.Unit.S);
        assertThat(p.columns()).containsEntry(ProfileField.START, "Beginn").hasSize(6);
        assertThat(p.zone()).contains(ZoneId.of("Europe/Berlin"));
        assertThat(MappingProfile.parse("telco-de", p.text())).isEqualTo(p);
        assertThat(p.text()).startsWith("kind=call\ndelimiter=;\nquote=\"\nheader=true\ncolumn.id=Ref\n");
    }

    @Test
    void tabNoQuoteAndAHashIdWriteBackTheSame() {
        MappingProfile p = MappingProfile.parse("raw", """
                delimiter=tab
                quote=none
                header=false
                column.caller=1
                column.callee=2
                column.start=3
                column.end=4
                duration.unit=end
                id.hash=caller,callee,start
                """);

        assertThat(p.delimiter()).isEqualTo('\t');
        assertThat(p.quote()).isNull();
        assertThat(p.idHash()).containsExactly(ProfileField.CALLER, ProfileField.CALLEE, ProfileField.START);
        assertThat(MappingProfile.parse("raw", p.text())).isEqualTo(p);
    }

    @Test
    void whatIsWrongIsNamed() {
        record Case(String text, String message) {
        }
        String base = "column.id=1\ncolumn.callee=2\ncolumn.start=3\ncolumn.duration=4\nheader=false\n";
        List<Case> cases = List.of(
                new Case(base + "time.pattern=dd/MM/yyyy HH:mm:ll", "time.pattern 'dd/MM/yyyy HH:mm:ll' is not a date-time pattern"),
                new Case(base + "time.pattern=HH:mm", "time.pattern 'HH:mm' needs a year, month, day and hour"),
                new Case(base + "time.zone=Mars/Olympus", "time.zone 'Mars/Olympus' is not a time zone"),
                new Case(base + "duration.unit=hours", "duration.unit 'hours' is not one of s, ms, min, end"),
                new Case(base + "delimiter=;;", "delimiter ';;' must be one character"),
                new Case(base + "colum.start=3", "unknown key 'colum.start'"),
                new Case(base + "column.when=3", "'when' is not a field"),
                new Case(base + "duration.unit=end", "column.end is missing: a call needs it"),
                new Case(base + "id.hash=caller,start", "give the record id either as column.id or as id.hash"),
                new Case(base.replace("column.id=1\n", ""), "give the record id either as column.id or as id.hash"),
                new Case(base.replace("column.id=1\n", "") + "id.hash=caller", "id.hash names caller, which has no column"),
                new Case(base.replace("column.start=3", "column.start=Start"), "column.start is 'Start': without a header row"),
                new Case(base + "quote=,\ndelimiter=,", "quote and delimiter are the same character"),
                new Case(base + "kind=event", "column.account is missing: an event needs it".replace("an event", "a event")),
                new Case(base + "header=maybe", "header 'maybe' is not true or false"));
        for (Case c : cases) {
            assertThatThrownBy(() -> MappingProfile.parse("p", c.text())).as(c.text())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.message());
        }
    }

    @Test
    void aNameIsLettersDigitsAndPunctuation() {
        assertThatThrownBy(() -> MappingProfile.parse("has space", SEMICOLON)).hasMessageContaining("profile name 'has space'");
        assertThatThrownBy(() -> MappingProfile.parse("", SEMICOLON)).hasMessageContaining("profile name ''");
    }
}
