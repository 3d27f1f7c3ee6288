package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search keys: diacritics and punctuation go, letters of every script stay. */
class NamesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tinzawatène                        | tinzawatene
            Maïga                              | maiga
            Akıncı                             | akinci
            Front de libération de l'Azawad    | frontdeliberationdelazawad
            TINZAOUATÈNE                       | tinzaouatene
            Türkiye                            | turkiye
            İstanbul                           | istanbul
            Øresund – Łódź                     | oresundlodz
            Đakovo                             | dakovo
            Straße                             | strasse
            Æsir Œuvre Þing                    | aesiroeuvrething
            Bamako 2025                        | bamako2025
            باماكو                             | باماكو
            الجزائر                            | الجزاير
            """)
    void fold(String name, String key) {
        assertEquals(key, Names.fold(name));
    }
}
