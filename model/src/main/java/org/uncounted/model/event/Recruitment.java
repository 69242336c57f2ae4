package org.uncounted.model.event;

import org.uncounted.model.Checks;
import org.uncounted.model.vocab.EventType;
import org.uncounted.model.vocab.PromisedWork;
import org.uncounted.model.vocab.RecruitmentMethod;

/** How she was drawn in (HTCDS hte Type = Recruitment); the place says NK or CN. */
public record Recruitment(EventCore core, RecruitmentMethod method, PromisedWork promisedWork) implements Event {
    public Recruitment {
        Checks.required("core", core);
        method = method == null ? RecruitmentMethod.UNKNOWN : method;
        promisedWork = promisedWork == null ? PromisedWork.UNKNOWN : promisedWork;
    }

    @Override
    public EventType type() {
        return EventType.RECRUITMENT;
    }
}
