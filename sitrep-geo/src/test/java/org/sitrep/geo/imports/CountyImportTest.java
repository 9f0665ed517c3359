package org.sitrep.geo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountyImportTest {

    @Test
    void placesACountyAtTheMeanOfItsTownsAndSumsTheirPeople() {
        List<CountyImport.County> counties = List.of(new CountyImport.County("OH", 39, 35, "Cuyahoga County"),
                new CountyImport.County("FL", 12, 21, "Collier County"));
        List<CountyImport.Town> towns = List.of(new CountyImport.Town("OH", "035", 41.0, -81.0, 1000),
                new CountyImport.Town("OH", "035", 42.0, -82.0, 3000),
                // the same county code in another state is another county
                new CountyImport.Town("FL", "035", 29.0, -81.0, 50_000));
        List<CountyImport.Placed> placed = CountyImport.place(counties, towns);
        assertThat(placed).as("Collier County has no town here: left out").singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Cuyahoga County");
            assertThat(p.state()).isEqualTo("OH");
            assertThat(p.lat()).isEqualTo(41.5);
            assertThat(p.lon()).isEqualTo(-81.5);
            assertThat(p.population()).isEqualTo(4000);
            assertThat(p.id()).isEqualTo(-(CountyImport.ID_BASE + 39_035));
        });
    }

    @Test
    void readsTheFipsListLeavingOutIndependentCitiesAndBadRows() throws IOException {
        String csv = """
                state,statefp,countyfp,countyname,classfp
                LA,22,071,Orleans Parish,H6
                VA,51,760,Richmond city,C7
                OH,x,035,Broken County,H1
                """;
        assertThat(CountyImport.counties(new StringReader(csv)))
                .containsExactly(new CountyImport.County("LA", 22, 71, "Orleans Parish"));
        assertThatThrownBy(() -> CountyImport.counties(new StringReader("a,b\n1,2\n")))
                .isInstanceOf(IOException.class).hasMessageContaining(CountyImport.PACKAGE);
    }

    @Test
    void readsUsTownsWithTheirCountyCodes() throws IOException {
        String rows = "5150529\tCleveland\tCleveland\t\t41.4995\t-81.69541\tP\tPPLA2\tUS\t\tOH\t035\t\t\t372624\t\t\tAmerica/New_York\t2019-09-05\n"
                + "703656\tKupiansk\tKupiansk\t\t49.71\t37.61\tP\tPPLA2\tUA\t\t07\t\t\t\t27169\t\t\tEurope/Kyiv\t2023-01-01\n";
        assertThat(CountyImport.usTowns(new StringReader(rows)))
                .containsExactly(new CountyImport.Town("OH", "035", 41.4995, -81.69541, 372624));
    }
}
