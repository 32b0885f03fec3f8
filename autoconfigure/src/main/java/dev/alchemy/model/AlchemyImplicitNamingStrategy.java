package dev.alchemy.model;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitEntityNameSource;

import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Spring Boot's implicit naming strategy, except that an entity without
 * {@code @Table(name = ...)} gets its table name from {@link TableNames}, as a
 * Flask-SQLAlchemy model does.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class AlchemyImplicitNamingStrategy extends SpringImplicitNamingStrategy {

	@Override
	public Identifier determinePrimaryTableName(ImplicitEntityNameSource source) {
		String entityName = source.getEntityNaming().getJpaEntityName();
		// A nested class's default entity name is Outer$Inner; the model is Inner.
		String modelName = entityName.substring(entityName.lastIndexOf('$') + 1);
		return toIdentifier(TableNames.fromClassName(modelName), source.getBuildingContext());
	}

}
