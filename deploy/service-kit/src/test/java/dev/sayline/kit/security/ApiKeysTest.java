package dev.sayline.kit.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeysTest {

    private static ApiKeyConfig config(String ingest, String read, String admin) {
        return new ApiKeyConfig() {
            @Override
            public Optional<List<String>> ingestKey() {
                return Optional.ofNullable(ingest).map(k -> List.of(k.split(",")));
            }

            @Override
            public Optional<List<String>> readKey() {
                return Optional.ofNullable(read).map(k -> List.of(k.split(",")));
            }

            @Override
            public Optional<List<String>> adminKey() {
                return Optional.ofNullable(admin).map(k -> List.of(k.split(",")));
            }

            @Override
            public boolean publicRead() {
                return false;
            }
        };
    }

    @Test
    void eachKeyGrantsItsRoleAndTheAdminKeyGrantsAll() {
        ApiKeys keys = new ApiKeys(config("in-1", "rd-1", "ad-1"));
        assertEquals(Set.of(Roles.INGEST), keys.grantOf("in-1").orElseThrow().roles());
        assertEquals(Set.of(Roles.READ), keys.grantOf("rd-1").orElseThrow().roles());
        assertEquals(Set.of(Roles.ADMIN, Roles.INGEST, Roles.READ), keys.grantOf("ad-1").orElseThrow().roles());
        assertEquals("read-key", keys.grantOf("rd-1").orElseThrow().principal());
    }

    @Test
    void severalKeysPerRoleAllowRotationAndUnknownKeysGrantNothing() {
        ApiKeys keys = new ApiKeys(config("old, new", null, null));
        assertTrue(keys.grantOf("old").isPresent());
        assertTrue(keys.grantOf("new").isPresent());
        assertTrue(keys.grantOf("neu").isEmpty());
        assertTrue(keys.grantOf("").isEmpty());
    }

    @Test
    void aKeyListedUnderTwoRolesHoldsBoth() {
        ApiKeys keys = new ApiKeys(config("both", "both", null));
        assertEquals(Set.of(Roles.INGEST, Roles.READ), keys.grantOf("both").orElseThrow().roles());
    }
}
