package dev.briefs.brief;

/** The life of a brief: PROCESSING, then READY or FAILED. */
public enum BriefStatus { PROCESSING, READY, FAILED }
