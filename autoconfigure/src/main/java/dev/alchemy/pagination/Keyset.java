package dev.alchemy.pagination;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.query.KeyedPage;
import org.hibernate.query.KeyedPage.KeyInterpretation;
import org.hibernate.query.Order;
import org.hibernate.query.Page;
import org.jspecify.annotations.Nullable;

/**
 * A sort key resolved against the metamodel: Hibernate's key definition, the type of each
 * of its attributes, and the cursors that point into a result sorted by it.
 * <p>
 * A cursor is URL-safe Base64 without padding of: a format version, whether it points
 * after or before its key, a checksum of the key definition (so that a cursor of another
 * listing is refused rather than misread), the number of values, and each value as a type
 * tag and its canonical text. It is not encrypted nor signed: it shows the sort key of the
 * first or last item of a page, which the page shows anyway, and any well-formed cursor
 * is just another position in the same listing.
 *
 * @param <T> the entity type
 * @author Alchemy team
 */
final class Keyset<T> {

	private static final int VERSION = 1;

	private static final char AFTER = 'a';

	private static final char BEFORE = 'b';

	// Far above the cursor of any sensible key, small enough to refuse garbage at once.
	private static final int MAX_CURSOR_LENGTH = 8192;

	// Hibernate keeps an approximate page number beside the key; it only decides whether
	// a page known by its key may have a previous one, and any page reached through a
	// cursor may.
	private static final int PAGE_AFTER_A_CURSOR = 1;

	private final List<Order<? super T>> definition;

	private final List<Class<?>> attributeTypes;

	private final List<KeyType> keyTypes;

	private final int checksum;

	private Keyset(List<Order<? super T>> definition, List<Class<?>> attributeTypes, List<KeyType> keyTypes) {
		this.definition = definition;
		this.attributeTypes = attributeTypes;
		this.keyTypes = keyTypes;
		this.checksum = checksum(definition);
	}

	/**
	 * Resolve a key definition.
	 * @param <T> the entity type
	 * @param definition the orders that make up the key
	 * @param metamodel where the attributes named by the orders are looked up
	 * @return the keyset
	 * @throws IllegalArgumentException if an attribute is unknown, not singular, or of a
	 * type a cursor cannot hold
	 */
	static <T> Keyset<T> resolve(List<Order<? super T>> definition, Metamodel metamodel) {
		List<Class<?>> attributeTypes = new ArrayList<>();
		List<KeyType> keyTypes = new ArrayList<>();
		for (Order<? super T> order : definition) {
			Class<?> type = attributeType(order, metamodel);
			attributeTypes.add(type);
			keyTypes.add(KeyType.of(type, order.entityClass().getSimpleName() + "." + order.attributeName()));
		}
		return new Keyset<>(definition, List.copyOf(attributeTypes), List.copyOf(keyTypes));
	}

	private static Class<?> attributeType(Order<?> order, Metamodel metamodel) {
		SingularAttribute<?, ?> attribute = order.attribute();
		if (attribute != null) {
			return attribute.getJavaType();
		}
		Attribute<?, ?> named = metamodel.managedType(order.entityClass()).getAttribute(order.attributeName());
		if (named.isCollection()) {
			throw new IllegalArgumentException("Keyset pagination cannot sort on " + order.entityClass().getSimpleName()
					+ "." + order.attributeName() + ": it is a collection");
		}
		return named.getJavaType();
	}

	/**
	 * The first page.
	 * @param perPage the page size
	 * @return the page, which Hibernate loads by offset 0
	 */
	KeyedPage<T> first(int perPage) {
		return Page.first(perPage).keyedBy(this.definition);
	}

	/**
	 * The page a cursor points to.
	 * @param cursor the cursor
	 * @param perPage the page size
	 * @return the page, or {@code null} if the cursor is not a well-formed cursor of this
	 * key
	 */
	@Nullable KeyedPage<T> page(String cursor, int perPage) {
		if (cursor.length() > MAX_CURSOR_LENGTH) {
			return null;
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
			if (in.readUnsignedByte() != VERSION) {
				return null;
			}
			int direction = in.readUnsignedByte();
			if ((direction != AFTER && direction != BEFORE) || in.readInt() != this.checksum
					|| in.readUnsignedByte() != this.definition.size()) {
				return null;
			}
			List<Comparable<?>> key = new ArrayList<>();
			for (int i = 0; i < this.definition.size(); i++) {
				KeyType type = this.keyTypes.get(i);
				if (in.readUnsignedByte() != type.tag()) {
					return null;
				}
				Comparable<?> value = type.read(in.readUTF(), this.attributeTypes.get(i));
				if (value == null) {
					return null;
				}
				key.add(value);
			}
			if (in.read() != -1) {
				return null;
			}
			KeyInterpretation interpretation = (direction == AFTER) ? KeyInterpretation.KEY_OF_LAST_ON_PREVIOUS_PAGE
					: KeyInterpretation.KEY_OF_FIRST_ON_NEXT_PAGE;
			// withKey is how Hibernate's own Jakarta Data repositories resume from a cursor.
			return Page.page(perPage, PAGE_AFTER_A_CURSOR).keyedBy(this.definition).withKey(key, interpretation);
		}
		catch (IOException | IllegalArgumentException ex) {
			// Not Base64, cut short, or a malformed string.
			return null;
		}
	}

	/**
	 * The cursor of a page that Hibernate located by a key.
	 * @param page the next or previous page of a keyed result
	 * @return the cursor
	 */
	String cursor(KeyedPage<T> page) {
		List<Comparable<?>> key = page.getKey();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeByte((page.getKeyInterpretation() == KeyInterpretation.KEY_OF_FIRST_ON_NEXT_PAGE) ? BEFORE
					: AFTER);
			out.writeInt(this.checksum);
			out.writeByte(key.size());
			for (int i = 0; i < key.size(); i++) {
				KeyType type = this.keyTypes.get(i);
				out.writeByte(type.tag());
				out.writeUTF(type.format(key.get(i)));
			}
		}
		catch (IOException ex) {
			// Only a value longer than 65535 bytes gets here.
			throw new UncheckedIOException("Cannot write a cursor for the key " + key, ex);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
	}

	private static int checksum(List<? extends Order<?>> definition) {
		CRC32 crc = new CRC32();
		for (Order<?> order : definition) {
			String part = order.entityClass().getName() + "." + order.attributeName() + " " + order.direction() + ";";
			crc.update(part.getBytes(StandardCharsets.UTF_8));
		}
		return (int) crc.getValue();
	}

}
