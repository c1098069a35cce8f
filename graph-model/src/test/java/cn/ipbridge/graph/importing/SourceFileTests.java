package cn.ipbridge.graph.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTests {

    private static final String TEXT = "企业名称,统一社会信用代码\n\"上海（测试）有限公司\",91310115591693856A\n";

    @TempDir
    Path dir;

    private List<List<String>> read(Path file) {
        List<List<String>> rows = new ArrayList<>();
        new SourceFile(file, null).read(new RowSink() {
            @Override
            public void header(List<String> names) {
                rows.add(names);
            }

            @Override
            public void row(SourceRow row) {
                rows.add(row.cells());
            }
        });
        return rows;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void estimatedRowsOfATextFileAreItsLinesLessTheHeaderAndUnknownForAWorkbook() throws Exception {
        assertThat(new SourceFile(write("list.csv", (TEXT + TEXT.substring(TEXT.indexOf('\n') + 1))
                .getBytes(StandardCharsets.UTF_8)), null).estimatedRows()).isEqualTo(2);
        assertThat(new SourceFile(write("list.xlsx", new byte[] {1}), null).estimatedRows()).isEqualTo(-1);
    }

    @Test
    void gbkAndUtf8WithBomReadTheSame() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        List<List<String>> gbk = read(write("gbk.csv", TEXT.getBytes(Charset.forName("GBK"))));
        List<List<String>> bomRows = read(write("bom.csv", withBom));

        assertThat(gbk).isEqualTo(bomRows);
        assertThat(gbk.get(0)).containsExactly("企业名称", "统一社会信用代码");
        assertThat(gbk.get(1)).containsExactly("上海（测试）有限公司", "91310115591693856A");
    }

    @Test
    void missingRequiredColumnIsAnErrorNamingTheColumn() {
        assertThatThrownBy(() -> new ColumnMapping(List.of("企业名称"), new EnterpriseRows().columns(), UserMapping.NONE))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("uscc").hasMessageContaining("信用代码");
    }

    @Test
    void companyNamesMatchAcrossBracketsSpacesAndLegalForms() {
        assertThat(CompanyName.normalise("新兴铸管（集团） 有限责任公司"))
                .isEqualTo(CompanyName.normalise("新兴铸管(集团)股份有限公司"));
    }
}
