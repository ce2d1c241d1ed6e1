package org.clientele.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Users extends ListCrudRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select min(u.id) from User u join u.roles r where r = org.clientele.identity.Role.ADMINISTRATOR")
    Optional<Long> findFirstAdministratorId();

    @Query("select count(u) from User u join u.roles r where r = org.clientele.identity.Role.ADMINISTRATOR and u.active = true")
    long countActiveAdministrators();
}
