package io.kamdesk.architecture_fixtures.bootstrap.billing;

/** Bad (rule 7): output that bypasses the logger. */
public class WiringPrintingToConsole {

    public void started() {
        System.out.println("started");
    }
}
