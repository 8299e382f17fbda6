package org.budgetledger.app.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.ObjectReader;

/**
 * Axon's Jackson 3 serializer, reading the event store's JSON text as text. Axon's converts every
 * stored string to UTF-8 bytes before parsing it, and looks each payload's class up by name with
 * {@code Class.forName}: in a rebuild's profile both showed as a visible share of deserializing
 * (README, Performance). Everything else (upcast payloads, which arrive as JSON trees, unknown
 * types, writing) is the delegate's, unchanged.
 */
final class DirectJsonSerializer implements Serializer {
  private final Jackson3Serializer delegate;
  private final Map<SerializedType, Class<?>> classes = new ConcurrentHashMap<>();
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

  DirectJsonSerializer(Jackson3Serializer delegate) {
    this.delegate = delegate;
  }

  @Override
  public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
    return delegate.serialize(object, expectedRepresentation);
  }

  @Override
  public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
    return delegate.canSerializeTo(expectedRepresentation);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <S, T> T deserialize(SerializedObject<S> serialized) {
    if (serialized.getData() instanceof String json
        && !SerializedType.isEmptyType(serialized.getType())) {
      Class<?> type = classForType(serialized.getType());
      if (type != UnknownSerializedType.class) {
        return (T)
            readers
                .computeIfAbsent(type, t -> delegate.getObjectMapper().readerFor(t))
                .readValue(json);
      }
    }
    return delegate.deserialize(serialized);
  }

  @Override
  public Class<?> classForType(SerializedType type) {
    Class<?> known = classes.get(type);
    if (known != null) {
      return known;
    }
    Class<?> found = delegate.classForType(type);
    if (found != UnknownSerializedType.class) {
      classes.put(type, found);
    }
    return found;
  }

  @Override
  public SerializedType typeForClass(Class type) {
    return delegate.typeForClass(type);
  }

  @Override
  public Converter getConverter() {
    return delegate.getConverter();
  }
}
