package dev.sayline.kit.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllowedMethodsTest {

    @Test
    void templatesMatchTheirPathsWithAndWithoutASlashAtTheEnd() {
        assertTrue(AllowedMethods.template("/documents//{id}/similar").matcher("/documents/a-1/similar").matches());
        assertFalse(AllowedMethods.template("/documents/{id}/similar").matcher("/documents/a/b/similar").matches());
        assertTrue(AllowedMethods.template("/documents/").matcher("/documents").matches());
        assertFalse(AllowedMethods.template("/documents").matcher("/documents/batch").matches());
    }

    @Test
    void aParameterKeepsItsOwnPattern() {
        assertTrue(AllowedMethods.template("/letters/{n: \\d+}").matcher("/letters/42").matches());
        assertFalse(AllowedMethods.template("/letters/{n: \\d+}").matcher("/letters/x").matches());
        assertTrue(AllowedMethods.template("/files/{rest: .+}").matcher("/files/a/b.txt").matches());
    }
}
