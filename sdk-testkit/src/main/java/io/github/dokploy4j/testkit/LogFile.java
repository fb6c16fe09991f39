package io.github.dokploy4j.testkit;

import java.util.ArrayList;
import java.util.List;

/** A log file on some host's disk, kept in memory; followers see every byte appended after they attach. */
final class LogFile {

    /** Receives text appended to a followed file; called with the file's monitor held, so it must not block. */
    interface Follower {
        void appended(String text);
    }

    private final StringBuilder content = new StringBuilder();
    private final List<Follower> followers = new ArrayList<>();

    synchronized void append(String text) {
        content.append(text);
        // a copy: a follower whose socket closes while it is being fed unfollows from within this loop
        for (Follower follower : List.copyOf(followers)) {
            follower.appended(text);
        }
    }

    /** Like {@code tail -n +1 -f}: the follower first gets the whole file, then every later append. */
    synchronized void follow(Follower follower) {
        followers.add(follower);
        if (content.length() > 0) {
            follower.appended(content.toString());
        }
    }

    synchronized void unfollow(Follower follower) {
        followers.remove(follower);
    }

    /** Like {@code tail -n <lines>}: a last line without a newline counts as a line. */
    synchronized String tail(int lines) {
        int length = content.length();
        if (length == 0) {
            return "";
        }
        int newlines = 0;
        for (int i = content.charAt(length - 1) == '\n' ? length - 2 : length - 1; i >= 0; i--) {
            if (content.charAt(i) == '\n' && ++newlines == lines) {
                return content.substring(i + 1);
            }
        }
        return content.toString();
    }
}
