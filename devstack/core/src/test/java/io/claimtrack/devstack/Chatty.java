package io.claimtrack.devstack;

/** A stand-in server for {@link ChildProcessIT}: prints numbered lines, then hangs or fails. */
public final class Chatty {
    private Chatty() {}

    /** {@code <lines> hang|exit}. */
    public static void main(String[] args) throws InterruptedException {
        int lines = Integer.parseInt(args[0]);
        for (int i = 1; i <= lines; i++) {
            System.out.printf("line %02d%n", i);
        }
        System.out.flush();
        if ("exit".equals(args[1])) {
            System.err.println("boom: cannot bind");
            System.exit(3);
        }
        Thread.sleep(120_000);
    }
}
