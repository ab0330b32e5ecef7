/**
 * The value every way in hands to the pipeline: {@link dev.tolk.task.ArticleTask}, what was asked for one article, and
 * {@link dev.tolk.task.AcceptedTask}, the same once the pipeline has read and checked it. Values only, so the
 * pipeline's entry point and the jobs behind it (translation, summary) can share them without depending on each other.
 */
package dev.tolk.task;
