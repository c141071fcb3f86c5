// The sentences a reader sees beside a forecast, built from hand-set results (the
// figures themselves are the forecast model's business and tested there).

#include "briefing/PackLanguage.h"
#include "forecast/ForecastText.h"
#include "i18n/PluralForms.h"

#include <QtTest>

namespace {

ForecastResult withBand(double likely, double probability, double low, double high)
{
    ForecastResult result;
    result.outcome = likely;
    result.weightedMedian = likely;
    result.band = ForecastResult::Band{likely, probability, low, high, 1000};
    return result;
}

PackLanguage pack(const char *code)
{
    return PackLanguage::fromCode(QLatin1String(code)).value();
}

} // namespace

class TestForecastText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void likelyOutcomeReadsAsInTheBrief();
    void probabilityIsTimesInTenRoundedAtLeastOne();
    void withoutBandTheOutcomeIsGiven();
    void tieNamesBothEndsWithTheirLabels();
    void majorityRuleWithAndWithoutSource();
    void consentNamesThePartiesAndTheSource();
    void fallbackSaysConsentWasAskedButNoPartyMarked();
    void splitObjectiveAndNoSingleActorAreFlagged();
    void briefSentencesComeInOrder();
    void frenchPackLanguageWhateverTheWindow();
};

void TestForecastText::initTestCase()
{
    PluralForms::install(); // the window's English plural forms, as main() installs them
}

void TestForecastText::likelyOutcomeReadsAsInTheBrief()
{
    const ForecastResult result = withBand(40, 0.9, 30, 40);
    const QString expected = QStringLiteral("Likely outcome 40 (30–40; 9 times in 10)");
    QCOMPARE(ForecastText().likelyOutcome(result), expected);
    QCOMPARE(ForecastText(pack("en")).likelyOutcome(result), expected);
    // Fractions keep one decimal.
    QCOMPARE(ForecastText(pack("en")).likelyOutcome(withBand(37.5, 0.62, 32.25, 45)),
             QStringLiteral("Likely outcome 37.5 (32.3–45; 6 times in 10)"));
    // A range of one value is not written twice.
    QCOMPARE(ForecastText().likelyOutcome(withBand(20, 1.0, 20, 20)),
             QStringLiteral("Likely outcome 20 (10 times in 10)"));
}

void TestForecastText::probabilityIsTimesInTenRoundedAtLeastOne()
{
    QCOMPARE(ForecastText::timesInTen(0.0), 1);
    QCOMPARE(ForecastText::timesInTen(0.04), 1);
    QCOMPARE(ForecastText::timesInTen(0.149), 1);
    QCOMPARE(ForecastText::timesInTen(0.15), 2);
    QCOMPARE(ForecastText::timesInTen(0.86), 9);
    QCOMPARE(ForecastText::timesInTen(1.0), 10);
    QCOMPARE(ForecastText().likelyOutcome(withBand(55, 0.04, 20, 80)),
             QStringLiteral("Likely outcome 55 (20–80; 1 time in 10)"));
}

void TestForecastText::withoutBandTheOutcomeIsGiven()
{
    ForecastResult result;
    result.weightedMedian = 80;
    result.outcome = 32.5; // the consent parties' compromise, not the median
    QCOMPARE(ForecastText().likelyOutcome(result), QStringLiteral("Forecast 32.5"));
}

void TestForecastText::tieNamesBothEndsWithTheirLabels()
{
    ForecastResult result;
    QVERIFY(ForecastText()
                .tie(result, QStringLiteral("controls kept"), QStringLiteral("controls lifted"))
                .isEmpty());
    result.tie = true;
    result.tieLow = 20;
    result.tieHigh = 80;
    result.weightedMedian = result.outcome = 50;
    QCOMPARE(ForecastText().tie(result, QStringLiteral("controls kept"),
                                QStringLiteral("controls lifted")),
             QStringLiteral("The weight is evenly split between 20 (controls kept) and 80 "
                            "(controls lifted): a deadlock, not a forecast."));
    // An unlabelled scale gives the bare figures.
    QCOMPARE(ForecastText(pack("en")).tie(result, QString(), QString()),
             QStringLiteral(
                 "The weight is evenly split between 20 and 80: a deadlock, not a forecast."));
}

void TestForecastText::majorityRuleWithAndWithoutSource()
{
    ForecastResult result;
    QCOMPARE(ForecastText().rule(result), QStringLiteral("Decided by weighted majority."));
    QCOMPARE(ForecastText().rule(result, QStringLiteral("  ")),
             QStringLiteral("Decided by weighted majority."));
    QCOMPARE(ForecastText().rule(result, QStringLiteral("G20 leaders' declaration, by consensus.")),
             QStringLiteral("Decided by weighted majority (G20 leaders' declaration, by "
                            "consensus)."));
}

void TestForecastText::consentNamesThePartiesAndTheSource()
{
    ForecastResult result;
    result.rule = DecisionRule::Consent;
    result.consentParties = {QStringLiteral("MOFCOM"), QStringLiteral("State Council")};
    QCOMPARE(ForecastText().rule(result),
             QStringLiteral("Needs the agreement of MOFCOM and State Council."));
    QCOMPARE(ForecastText().rule(result, QStringLiteral("Export Control Law of the PRC, art. 4")),
             QStringLiteral("Needs the agreement of MOFCOM and State Council (Export Control "
                            "Law of the PRC, art. 4)."));
    result.consentParties.prepend(QStringLiteral("European Commission"));
    QCOMPARE(ForecastText(pack("en")).rule(result),
             QStringLiteral("Needs the agreement of European Commission, MOFCOM and State "
                            "Council."));
    result.consentParties = {QStringLiteral("China")};
    QCOMPARE(ForecastText().rule(result), QStringLiteral("Needs the agreement of China."));
}

void TestForecastText::fallbackSaysConsentWasAskedButNoPartyMarked()
{
    ForecastResult result;
    result.rule = DecisionRule::WeightedMajority; // what was applied
    result.ruleFellBack = true;
    const QString text = ForecastText().rule(result, QStringLiteral("Bilateral competence"));
    QCOMPARE(text, QStringLiteral("The agreement of named parties is asked for, but no party is "
                                  "marked as needed, so the weighted majority was used."));
    // The same whichever rule the result carries: the fallback is what counts.
    result.rule = DecisionRule::Consent;
    QCOMPARE(ForecastText().rule(result), text);
}

void TestForecastText::splitObjectiveAndNoSingleActorAreFlagged()
{
    ForecastResult result;
    result.hasEuObjective = true;
    result.euObjective = 60;
    result.objectiveBloc = QStringLiteral("EU");
    QVERIFY(ForecastText().objectiveSplit(result, QString(), QString()).isEmpty());
    QVERIFY(ForecastText().noSingleActor(result).isEmpty());
    result.objectiveSplit = true;
    result.objectiveLow = 40;
    result.objectiveHigh = 80;
    QCOMPARE(ForecastText().objectiveSplit(result, QStringLiteral("tariffs kept"),
                                           QStringLiteral("tariffs removed")),
             QStringLiteral("The EU side is evenly split between 40 (tariffs kept) and 80 "
                            "(tariffs removed): its objective 60 is only their midpoint, not a "
                            "position it holds."));
    result.noSingleActorShifts = true;
    QCOMPARE(ForecastText().noSingleActor(result),
             QStringLiteral("No single actor moving to the EU objective shifts the outcome "
                            "toward it: it takes several together."));
    // At the objective already: nothing to gain, and the line says that instead.
    result.outcome = 60;
    QCOMPARE(ForecastText().noSingleActor(result),
             QStringLiteral("The forecast outcome is already at the EU objective."));
    result.objectiveBloc.clear();
    QCOMPARE(ForecastText().noSingleActor(result),
             QStringLiteral("The forecast outcome is already at the objective."));
    // Without an objective there is nothing to shift toward, so nothing to say.
    result.hasEuObjective = false;
    QVERIFY(ForecastText().noSingleActor(result).isEmpty());
}

void TestForecastText::briefSentencesComeInOrder()
{
    ForecastResult result = withBand(50, 0.5, 20, 80);
    result.tie = true;
    result.tieLow = 20;
    result.tieHigh = 80;
    result.objectiveSplit = true;
    result.objectiveLow = 20;
    result.objectiveHigh = 80;
    result.euObjective = 50;
    result.hasEuObjective = true;
    const QStringList lines =
        ForecastText().sentences(result, QString(), QStringLiteral("low"), QStringLiteral("high"));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Likely outcome 50 (20–80; 5 times in 10)"));
    QCOMPARE(lines.at(1), QStringLiteral("Decided by weighted majority."));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("The weight is evenly split")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("Our side is evenly split")));
    // Nothing to warn about: two lines.
    QCOMPARE(ForecastText().sentences(withBand(40, 0.9, 30, 40), QString(), {}, {}).size(), 2);
}

void TestForecastText::frenchPackLanguageWhateverTheWindow()
{
    const PackLanguage french = pack("fr");
    const ForecastText text(french);
    // Numbers follow the pack's locale even before the strings are translated.
    QCOMPARE(text.number(37.5), QStringLiteral("37,5"));
    if (french.translate("ForecastText", "Decided by weighted majority.") ==
        QLatin1String("Decided by weighted majority."))
        QSKIP("The French translation of the forecast's sentences is not compiled in yet");
    QCOMPARE(text.likelyOutcome(withBand(40, 0.9, 30, 40)),
             QStringLiteral("Résultat probable\u00a0: 40 (30–40\u00a0; 9 fois sur 10)"));
    ForecastResult consent;
    consent.rule = DecisionRule::Consent;
    consent.consentParties = {QStringLiteral("MOFCOM"), QStringLiteral("Chine")};
    QCOMPARE(text.rule(consent), QStringLiteral("Requiert l'accord de MOFCOM et Chine."));
    // The window, in English here, is not affected by the pack's language.
    QCOMPARE(ForecastText().rule(ForecastResult()),
             QStringLiteral("Decided by weighted majority."));
}

QTEST_MAIN(TestForecastText)
#include "test_forecast_text.moc"
