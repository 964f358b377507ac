package io.factline.cli;

import java.util.ArrayList;
import java.util.List;

/** The closing line of a run that read and analysed inputs, when some of them could not be: what, and how many. */
final class FailureSummary {
    private FailureSummary() {
    }

    /** "2 inputs could not be read and 1 article failed", or null when nothing went wrong. */
    static String of(int unreadableInputs, long failedArticles) {
        List<String> what = new ArrayList<>();
        if (unreadableInputs > 0) {
            what.add(unreadableInputs + (unreadableInputs == 1 ? " input" : " inputs") + " could not be read");
        }
        if (failedArticles > 0) what.add(failedArticles + (failedArticles == 1 ? " article" : " articles") + " failed");
        return what.isEmpty() ? null : String.join(" and ", what);
    }
}
