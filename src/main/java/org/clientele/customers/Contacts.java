package org.clientele.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Contacts extends JpaRepository<Contact, Long> {

    boolean existsByCompanyId(long companyId);

    List<Contact> findByCompanyId(long companyId);

    /**
     * The contact with its co-owners, e-mail addresses and phone numbers in one statement, for a
     * view of it, instead of a statement for each. A contact keeps at most ten addresses and ten
     * numbers and has few co-owners, so the rows they multiply into stay few.
     */
    @Query("select c from Contact c left join fetch c.coOwnerIds left join fetch c.otherEmails left join fetch c.otherPhones where c.id = :id")
    Optional<Contact> findWithDetailsById(long id);
}
