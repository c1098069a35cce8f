package cn.ipbridge.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.ipbridge.api.importing.ImportCommand;
import cn.ipbridge.api.reporting.ReportCommand;
import cn.ipbridge.api.security.AccountCommand;
import cn.ipbridge.api.system.GenerateCommand;

/**
 * IPBridge: the GraphQL API over the SRDI enterprise IP graph. With no arguments it serves; with
 * {@code generate ...} it writes a generated data set into the configured database and exits; with
 * {@code import KIND FILE ...} it imports a file (see ImportCommand) and exits; with {@code report HALF_YEAR_END ...}
 * it writes the half-year report to a file (see ReportCommand) and exits; with {@code account ...} it creates or
 * disables an account or issues an API token (see AccountCommand) and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IpBridgeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(GenerateCommand.NAME)) {
            System.exit(GenerateCommand.run(IpBridgeApplication.class, args));
        }
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            System.exit(ImportCommand.run(IpBridgeApplication.class, args));
        }
        if (args.length > 0 && args[0].equals(ReportCommand.NAME)) {
            System.exit(ReportCommand.run(IpBridgeApplication.class, args));
        }
        if (args.length > 0 && args[0].equals(AccountCommand.NAME)) {
            System.exit(AccountCommand.run(IpBridgeApplication.class, args));
        }
        SpringApplication.run(IpBridgeApplication.class, args);
    }
}
