package org.uncounted.simulate.internal;

/**
 * An event as a record gives it.
 *
 * @param type what happened
 * @param date when it happened or started, at the recorded precision
 * @param end when a spell ended, null while ongoing at the record's date or not stated
 * @param place where, at the recorded precision, or null
 * @param exploitation the exploitation type as recorded (possibly misclassified: cybersex as
 *     prostitution; marriage as cohabitation), or null
 * @param price a price or fee as remembered, or null
 * @param detail the true event's qualifier (buyer, seller, method, route)
 * @param trueIndex index of the true event in the trajectory
 */
public record ObservedEvent(
        EventType type,
        ObservedDate date,
        ObservedDate end,
        ObservedPlace place,
        String exploitation,
        ObservedPrice price,
        String detail,
        int trueIndex) {}
