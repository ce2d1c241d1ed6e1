package org.clientele.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.clientele.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users' profile pictures: set from an uploaded image, removed, and read to be shown. */
@Service
public class UserAvatars {

    private final JdbcClient jdbc;

    UserAvatars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Avatar> find(long userId) {
        return jdbc.sql("select image, updated_at from user_avatars where user_id = ?").param(userId)
                .query((rs, n) -> new Avatar(rs.getBytes("image"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** When the user's picture was last changed, or empty if they have none. */
    @Transactional(readOnly = true)
    public Optional<Instant> changedAt(long userId) {
        return jdbc.sql("select updated_at from user_avatars where user_id = ?").param(userId)
                .query((rs, n) -> rs.getTimestamp("updated_at").toInstant()).optional();
    }

    /**
     * Makes the uploaded image the user's picture.
     *
     * @throws org.clientele.shared.InvalidInputException if it is empty, too large or not a PNG, JPEG or GIF
     */
    @Transactional
    public void change(long userId, byte[] upload) {
        byte[] png = AvatarImages.toAvatar(upload);
        // Locking the user's row keeps two uploads at once from both inserting.
        jdbc.sql("select id from users where id = ? for update").param(userId).query(Long.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("User", userId));
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        int updated = jdbc.sql("update user_avatars set image = ?, updated_at = ? where user_id = ?")
                .params(png, now, userId).update();
        if (updated == 0) {
            jdbc.sql("insert into user_avatars (user_id, image, updated_at) values (?, ?, ?)")
                    .params(userId, png, now).update();
        }
    }

    @Transactional
    public void remove(long userId) {
        jdbc.sql("delete from user_avatars where user_id = ?").param(userId).update();
    }
}
