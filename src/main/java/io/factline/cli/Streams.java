package io.factline.cli;

import java.io.PrintStream;

/** The streams the running command writes to (tests run commands in-process with their own). */
final class Streams {
    private static volatile PrintStream out = Main.OUT;
    private static volatile PrintStream err = Main.ERR;

    private Streams() {
    }

    static void set(PrintStream o, PrintStream e) {
        out = o;
        err = e;
    }

    static PrintStream out() {
        return out;
    }

    static PrintStream err() {
        return err;
    }
}
