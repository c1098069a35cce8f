package cn.ipbridge.api.security;

import graphql.execution.AbortExecutionException;

/** A request went over one of {@link LimitSettings}; the message names the setting and its value. */
class LimitExceededException extends AbortExecutionException {

    LimitExceededException(String what, Object actual, String setting, Object limit) {
        super("Limit exceeded: " + what + " " + actual + " is over ipbridge.limits." + setting + " (" + limit + ")");
    }
}
