package cn.ipbridge.api.reporting;

import java.time.LocalDate;
import java.util.List;

/** Turns what the graph holds on a date into progress against each target; no database here. */
final class Targets {

    private Targets() {
    }

    static List<TargetProgress> progress(TargetSettings settings, LocalDate date, TargetFigures figures) {
        LocalDate yearStart = date.withDayOfYear(1);
        double elapsed = (double) date.getDayOfYear() / date.lengthOfYear();
        VisitDue due = VisitDue.on(date);
        double served = settings.servedShare() * figures.srdiFirms();
        return List.of(
                yearly(TargetKind.TRAINING_SESSIONS, yearStart, date, settings.trainingSessions(),
                        figures.trainingSessions(), elapsed, false),
                yearly(TargetKind.TRAINEES, yearStart, date, settings.trainees(), figures.trainees(), elapsed, true),
                whole(TargetKind.KEY_FIRM_VISITS, TargetKind.KEY_FIRM_VISITS.label(
                                String.valueOf(settings.keyFirmVisitsPerQuarter())), due.dueFrom(), date,
                        figures.keyFirms(), figures.keyFirmsVisitedInTime(),
                        figures.keyFirmsVisitedInTime() >= figures.keyFirms()),
                whole(TargetKind.SRDI_FIRMS_SERVED, TargetKind.SRDI_FIRMS_SERVED.label(
                                Math.round(settings.servedShare() * 100) + "%"), null, date, served,
                        figures.srdiFirmsServed(), figures.srdiFirmsServed() >= served));
    }

    private static TargetProgress yearly(TargetKind kind, LocalDate from, LocalDate to, int goal, long actual,
                                         double elapsed, boolean exceed) {
        boolean met = exceed ? actual > goal : actual >= goal;
        double expected = goal * elapsed;
        return new TargetProgress(kind, kind.label(String.valueOf(goal)), from, to, goal, actual, share(actual, goal),
                expected, met, met || actual >= expected);
    }

    private static TargetProgress whole(TargetKind kind, String label, LocalDate from, LocalDate to, double goal,
                                        long actual, boolean met) {
        return new TargetProgress(kind, label, from, to, goal, actual, share(actual, goal), goal, met, met);
    }

    private static double share(double actual, double goal) {
        return goal == 0 ? 1.0 : actual / goal;
    }
}
