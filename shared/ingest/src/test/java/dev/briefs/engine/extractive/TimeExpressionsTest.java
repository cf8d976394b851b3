package dev.briefs.engine.extractive;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeExpressionsTest {

    /** The first time expression of a one-paragraph article. */
    private static String when(String sentence) {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", sentence));
        return TimeExpressions.find(text, 0, text.body().length());
    }

    @Test
    void aMonthAloneInTheOtherLanguages() {
        assertEquals("abril", when("La consejería abrirá el nuevo mercado en abril, según la alcaldesa."));
        assertEquals("April", when("Die Stadt öffnet die neue Halle im April wieder für alle Händler."));
    }

    @Test
    void timesAheadWithoutADateInTheOtherLanguages() {
        assertEquals("la semaine prochaine", when("Le conseil de la ville votera le budget de la commune la semaine "
                + "prochaine, a indiqué le maire dans un communiqué."));
        assertEquals("в ближайшие недели", when("Мэрия объявит новые сроки в ближайшие недели, сообщил Пётр Сомов."));
    }

    @Test
    void aNumberOfDaysOrMonthsWithinWhichInTheOtherLanguages() {
        assertEquals("d'ici dix-huit mois", when("Le procès en appel devrait se tenir devant la cour de Lorvant d'ici "
                + "dix-huit mois, selon le parquet de la ville."));
        assertEquals("prazo de 30 dias", when("O órgão deu à empresa um prazo de 30 dias para apresentar um plano de "
                + "reforço da barragem."));
    }

    @Test
    void fiscalYearsAndTheNearTerm() {
        assertEquals("in fiscal 2020", when("The retailer expects slower growth in fiscal 2020 than analysts do."));
        assertEquals("in the near term", when("Traders expect the index to fall in the near term, the bank said."));
    }

    @Test
    void aYearAtTheEarliest() {
        assertEquals("until at least 2031", when("The council does not expect to reopen the pool until at least 2031."));
    }

    @Test
    void aSeasonAfterIn() {
        assertEquals("in the spring", when("The authority would publish its findings in the spring, the director said."));
        assertEquals("In the Late Autumn", when("The bridge reopens In the Late Autumn."));
        assertEquals("", when("The strike could lead to the fall of the government, the union warned."));
        assertEquals("", when("Crews begin the winter with a shortage of salt."));
        assertEquals("", when("The series would return to print starting in the fall of 2020, the publisher said."));
    }

    @Test
    void timesOfTomorrowAndTheYearsEndInTheOtherLanguages() {
        assertEquals("domattina", when("Il comitato di crisi si riunirà di nuovo domattina alle 7 in prefettura."));
        assertEquals("demain matin", when("Le comité de crise se réunira de nouveau demain matin à la préfecture."));
        assertEquals("zum Jahresende", when("Die Sparkasse schließt die Filiale in der Altstadt zum Jahresende, "
                + "wie der Vorstand am Montag mitteilte."));
    }

    @Test
    void timesOfDay() {
        assertEquals("at 22:00", when("Work on the quays resumes with the night shift at 22:00, the union said."));
        assertEquals("at 9.30pm", when("The last ferry of the day leaves Harlow pier at 9.30pm on weekdays."));
        assertEquals("", when("The Rovers led by two goals with 3:08 to play in the second half."));
    }

    @Test
    void weekdaysInAnyCase() {
        assertEquals("starting monday", when("the bridge will close to all traffic starting monday, the county says"));
    }

    @Test
    void aTimeInsideAQuotationOnlyWhenAsked() {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", "“We vote on Friday,” said Ana Ruiz."));
        assertEquals("", TimeExpressions.find(text, 0, text.body().length()));
        assertEquals("on Friday", TimeExpressions.findQuoted(text, 0, text.body().length()));
    }

    @Test
    void everyKindOfEnglishTimeWrittenWithCapitals() {
        // each kind of time starts the pattern's alternatives with another letter: a capital must find it too
        assertEquals("Next Tuesday", when("The board meets Next Tuesday at noon."));
        assertEquals("in Early March", when("The works start in Early March."));
        assertEquals("3rd March 2027", when("Doors open 3rd March 2027."));
        assertEquals("on Sept. 3", when("The vote is on Sept. 3."));
        assertEquals("By the End of the year", when("Results are due By the End of the year."));
        assertEquals("The Following week", when("Talks resume The Following week."));
        assertEquals("Later Today", when("The court rules Later Today."));
        assertEquals("in The Coming days", when("Details follow in The Coming days."));
        assertEquals("Within two weeks", when("Repairs end Within two weeks."));
        assertEquals("two weeks From Now", when("The pier reopens two weeks From Now."));
        assertEquals("Before 2030", when("Work ends Before 2030."));
        assertEquals("Once the line is repaired", when("Trains run again Once the line is repaired."));
        assertEquals("In the Near Term", when("Prices fall In the Near Term."));
        assertEquals("at 6 PM", when("The gates open at 6 PM."));
        assertEquals("In Fiscal 2027", when("Profit rises In Fiscal 2027."));
        assertEquals("NO LATER THAN Friday", when("NO LATER THAN Friday, the firm said."));
    }

    @Test
    void aTimeWithTheLongestWordingBeforeItsWordOfTime() {
        // the pattern is read only a few stretches of white space before a word of time: these are the most it holds
        assertEquals("no later than within the next a few weeks", when("Repairs on the old pier must end no later than "
                + "within the next a few weeks, the harbour board said on its website."));
        assertEquals("as early as the end of the year", when("The long-delayed second ferry line could open as early "
                + "as the end of the year, the company said."));
        assertEquals("before  the   end of\tthe year", when("The new tram depot will be finished before  the   end of"
                + "\tthe year, its builder said."));
    }
}
