package org.assetatlas.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Indicator;
import org.assetatlas.model.Labelled;
import org.assetatlas.service.AreaStatistics;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.RowProblem;
import org.assetatlas.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-stats FILE SOURCE.csv --key K --column C ...}: imports an area statistic keyed by area code. */
@Command(name = "import-stats", description = {"Import an area statistic (e.g. an IMD file) from a CSV keyed by area"
    + " code.", "Replaces any statistic with the same key, all or nothing; lists rejected rows, last line"
    + " 'stored N, not in project M, rejected R'."})
final class ImportStatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "SOURCE.csv", description = "the CSV file, with a header row")
    Path source;

    @Option(names = "--key", required = true, description = "short name for the statistic, e.g. imd2019-decile")
    String key;

    @Option(names = "--name", description = "name shown in legends (default: the key)")
    String name;

    @Option(names = "--column", required = true, description = "header of the value column")
    String column;

    @Option(names = "--code-column", description = "header of the area code column (default: the first that"
            + " mentions 'code')")
    String codeColumn;

    @Option(names = "--level", defaultValue = "lsoa", description = "level of the areas: lsoa, ward,"
            + " neighbourhood, msoa, district (default ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--vintage", defaultValue = "", description = "census geography of the codes, e.g. 2011"
            + " (IoD2019) or 2021 (IoD2025)")
    String vintage;

    @Option(names = "--source", defaultValue = "", description = "publisher and dataset")
    String publisher;

    @Option(names = "--licence", defaultValue = "", description = "licence and attribution to show with maps")
    String licence;

    @Option(names = "--higher-is-better", description = "a higher value means less need (e.g. an IMD rank)")
    boolean higherIsBetter;

    @Option(names = "--imd-deciles", description = "values are IMD deciles 1 (most deprived) to 10")
    boolean deciles;

    @Override
    public Integer call() throws Exception {
        AreaLevel areaLevel = Labelled.parse(AreaLevel.class, level);
        if (areaLevel == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown level \"" + level + "\"");
        }
        Indicator meta = new Indicator(key, name, publisher, licence, areaLevel, vintage, "",
                !(higherIsBetter || deciles), deciles ? Indicator.IMD_DECILES : "", Instant.now());
        try (AtlasProject p = AtlasProject.open(file)) {
            AreaStatistics.IndicatorImport r = p.statistics().importIndicator(source, meta, codeColumn, column,
                    Progress.NONE);
            var out = spec.commandLine().getOut();
            for (RowProblem row : RowProblem.of(r)) {
                out.println("line " + row.line() + ": " + row.reason());
            }
            if (r.rejectsFile() != null) {
                out.println("rejected rows written to " + r.rejectsFile());
            }
            if (r.notInProject() > 0) {
                out.println(r.notInProject() + " rows name areas this project does not have at " + areaLevel.label()
                        + " level, e.g. " + String.join(", ", r.notInProjectSample()));
            }
            out.println("stored " + r.stored() + ", not in project " + r.notInProject() + ", rejected "
                    + r.rejected());
        }
        return 0;
    }
}
