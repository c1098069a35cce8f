package cn.ipbridge.api.reporting;

import java.time.LocalDate;

/**
 * Where one target stands on a date.
 *
 * @param goal     the figure to reach by the end of the period
 * @param actual   the figure reached by the date
 * @param share    actual / goal (1 when the goal is 0)
 * @param expected the goal pro rata to the date for yearly counts; the goal itself for the others
 * @param met      the goal is reached (for TRAINEES: exceeded)
 * @param onTrack  met, or actual at least expected
 */
record TargetProgress(TargetKind target, String label, LocalDate from, LocalDate to, double goal, double actual,
                      double share, double expected, boolean met, boolean onTrack) {
}
