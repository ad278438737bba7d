"""Services directory: HSDS 3.0 core tables, the place table and directory state.

Revision ID: directory_0001
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "directory_0001"
down_revision = "0001"
branch_labels = ("directory",)
depends_on = None


def upgrade() -> None:
    op.create_table('directory_location',
    sa.Column('id', sa.String(length=255), nullable=False),
    sa.Column('location_type', sa.String(length=64), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('alternate_name', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('transportation', sa.Text(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('external_identifier', sa.Text(), nullable=True),
    sa.Column('external_identifier_type', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('directory_organization',
    sa.Column('id', sa.String(length=255), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('alternate_name', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.Column('website', sa.Text(), nullable=True),
    sa.Column('tax_status', sa.Text(), nullable=True),
    sa.Column('year_incorporated', sa.Float(), nullable=True),
    sa.Column('legal_status', sa.Text(), nullable=True),
    sa.Column('logo', sa.Text(), nullable=True),
    sa.Column('uri', sa.Text(), nullable=True),
    sa.Column('parent_organization_id', sa.String(length=255), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('directory_place',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('county', sa.Text(), nullable=True),
    sa.Column('nation', sa.String(length=32), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_index(op.f('ix_directory_place_kind'), 'directory_place', ['kind'], unique=False)
    op.create_table('directory_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('directory_taxonomy_term',
    sa.Column('id', sa.String(length=255), nullable=False),
    sa.Column('code', sa.String(length=255), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('parent_id', sa.String(length=255), nullable=True),
    sa.Column('taxonomy', sa.String(length=255), nullable=True),
    sa.Column('vocabulary', sa.String(length=255), nullable=True),
    sa.Column('language', sa.String(length=32), nullable=True),
    sa.Column('term_uri', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_directory_taxonomy_term_code'), 'directory_taxonomy_term', ['code'], unique=False)
    op.create_table('directory_address',
    sa.Column('pk', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.String(length=255), nullable=True),
    sa.Column('location_id', sa.String(length=255), nullable=False),
    sa.Column('attention', sa.Text(), nullable=True),
    sa.Column('address_1', sa.Text(), nullable=True),
    sa.Column('address_2', sa.Text(), nullable=True),
    sa.Column('city', sa.Text(), nullable=True),
    sa.Column('region', sa.Text(), nullable=True),
    sa.Column('state_province', sa.Text(), nullable=True),
    sa.Column('postal_code', sa.String(length=32), nullable=True),
    sa.Column('country', sa.String(length=64), nullable=True),
    sa.Column('address_type', sa.String(length=64), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index(op.f('ix_directory_address_location_id'), 'directory_address', ['location_id'], unique=False)
    op.create_table('directory_service',
    sa.Column('id', sa.String(length=255), nullable=False),
    sa.Column('organization_id', sa.String(length=255), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('alternate_name', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=True),
    sa.Column('interpretation_services', sa.Text(), nullable=True),
    sa.Column('application_process', sa.Text(), nullable=True),
    sa.Column('fees_description', sa.Text(), nullable=True),
    sa.Column('wait_time', sa.Text(), nullable=True),
    sa.Column('fees', sa.Text(), nullable=True),
    sa.Column('accreditations', sa.Text(), nullable=True),
    sa.Column('eligibility_description', sa.Text(), nullable=True),
    sa.Column('minimum_age', sa.Float(), nullable=True),
    sa.Column('maximum_age', sa.Float(), nullable=True),
    sa.Column('assured_date', sa.String(length=64), nullable=True),
    sa.Column('assurer_email', sa.Text(), nullable=True),
    sa.Column('licenses', sa.Text(), nullable=True),
    sa.Column('alert', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.String(length=64), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['directory_organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_directory_service_organization_id'), 'directory_service', ['organization_id'], unique=False)
    op.create_table('directory_attribute',
    sa.Column('pk', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.String(length=255), nullable=True),
    sa.Column('service_id', sa.String(length=255), nullable=False),
    sa.Column('taxonomy_term_id', sa.String(length=255), nullable=False),
    sa.Column('link_type', sa.Text(), nullable=True),
    sa.Column('link_entity', sa.Text(), nullable=True),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('label', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ),
    sa.ForeignKeyConstraint(['taxonomy_term_id'], ['directory_taxonomy_term.id'], ),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index(op.f('ix_directory_attribute_service_id'), 'directory_attribute', ['service_id'], unique=False)
    op.create_index(op.f('ix_directory_attribute_taxonomy_term_id'), 'directory_attribute', ['taxonomy_term_id'], unique=False)
    op.create_table('directory_service_area',
    sa.Column('pk', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.String(length=255), nullable=True),
    sa.Column('service_id', sa.String(length=255), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('extent', sa.Text(), nullable=True),
    sa.Column('extent_type', sa.String(length=64), nullable=True),
    sa.Column('uri', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index(op.f('ix_directory_service_area_service_id'), 'directory_service_area', ['service_id'], unique=False)
    op.create_table('directory_service_at_location',
    sa.Column('pk', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.String(length=255), nullable=True),
    sa.Column('service_id', sa.String(length=255), nullable=False),
    sa.Column('location_id', sa.String(length=255), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index(op.f('ix_directory_service_at_location_location_id'), 'directory_service_at_location', ['location_id'], unique=False)
    op.create_index(op.f('ix_directory_service_at_location_service_id'), 'directory_service_at_location', ['service_id'], unique=False)
    op.create_table('directory_phone',
    sa.Column('pk', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.String(length=255), nullable=True),
    sa.Column('service_id', sa.String(length=255), nullable=True),
    sa.Column('location_id', sa.String(length=255), nullable=True),
    sa.Column('service_at_location_pk', sa.Integer(), nullable=True),
    sa.Column('number', sa.Text(), nullable=True),
    sa.Column('extension', sa.Float(), nullable=True),
    sa.Column('type', sa.String(length=64), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ),
    sa.ForeignKeyConstraint(['service_at_location_pk'], ['directory_service_at_location.pk'], ),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index(op.f('ix_directory_phone_location_id'), 'directory_phone', ['location_id'], unique=False)
    op.create_index(op.f('ix_directory_phone_service_at_location_pk'), 'directory_phone', ['service_at_location_pk'], unique=False)
    op.create_index(op.f('ix_directory_phone_service_id'), 'directory_phone', ['service_id'], unique=False)
    op.create_table('directory_schedule',
    sa.Column('pk', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.String(length=255), nullable=True),
    sa.Column('service_id', sa.String(length=255), nullable=True),
    sa.Column('location_id', sa.String(length=255), nullable=True),
    sa.Column('service_at_location_pk', sa.Integer(), nullable=True),
    sa.Column('valid_from', sa.String(length=64), nullable=True),
    sa.Column('valid_to', sa.String(length=64), nullable=True),
    sa.Column('dtstart', sa.String(length=64), nullable=True),
    sa.Column('timezone', sa.Float(), nullable=True),
    sa.Column('until', sa.String(length=64), nullable=True),
    sa.Column('count', sa.Float(), nullable=True),
    sa.Column('wkst', sa.String(length=8), nullable=True),
    sa.Column('freq', sa.String(length=16), nullable=True),
    sa.Column('interval', sa.Float(), nullable=True),
    sa.Column('byday', sa.String(length=64), nullable=True),
    sa.Column('byweekno', sa.Text(), nullable=True),
    sa.Column('bymonthday', sa.Text(), nullable=True),
    sa.Column('byyearday', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('opens_at', sa.String(length=32), nullable=True),
    sa.Column('closes_at', sa.String(length=32), nullable=True),
    sa.Column('schedule_link', sa.Text(), nullable=True),
    sa.Column('attending_type', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ),
    sa.ForeignKeyConstraint(['service_at_location_pk'], ['directory_service_at_location.pk'], ),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index(op.f('ix_directory_schedule_location_id'), 'directory_schedule', ['location_id'], unique=False)
    op.create_index(op.f('ix_directory_schedule_service_at_location_pk'), 'directory_schedule', ['service_at_location_pk'], unique=False)
    op.create_index(op.f('ix_directory_schedule_service_id'), 'directory_schedule', ['service_id'], unique=False)
    op.create_table('directory_language',
    sa.Column('pk', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('id', sa.String(length=255), nullable=True),
    sa.Column('service_id', sa.String(length=255), nullable=True),
    sa.Column('location_id', sa.String(length=255), nullable=True),
    sa.Column('phone_pk', sa.Integer(), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('code', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('extra', sa.JSON(none_as_null=True), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['directory_location.id'], ),
    sa.ForeignKeyConstraint(['phone_pk'], ['directory_phone.pk'], ),
    sa.ForeignKeyConstraint(['service_id'], ['directory_service.id'], ),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index(op.f('ix_directory_language_location_id'), 'directory_language', ['location_id'], unique=False)
    op.create_index(op.f('ix_directory_language_phone_pk'), 'directory_language', ['phone_pk'], unique=False)
    op.create_index(op.f('ix_directory_language_service_id'), 'directory_language', ['service_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_directory_language_service_id'), table_name='directory_language')
    op.drop_index(op.f('ix_directory_language_phone_pk'), table_name='directory_language')
    op.drop_index(op.f('ix_directory_language_location_id'), table_name='directory_language')
    op.drop_table('directory_language')
    op.drop_index(op.f('ix_directory_schedule_service_id'), table_name='directory_schedule')
    op.drop_index(op.f('ix_directory_schedule_service_at_location_pk'), table_name='directory_schedule')
    op.drop_index(op.f('ix_directory_schedule_location_id'), table_name='directory_schedule')
    op.drop_table('directory_schedule')
    op.drop_index(op.f('ix_directory_phone_service_id'), table_name='directory_phone')
    op.drop_index(op.f('ix_directory_phone_service_at_location_pk'), table_name='directory_phone')
    op.drop_index(op.f('ix_directory_phone_location_id'), table_name='directory_phone')
    op.drop_table('directory_phone')
    op.drop_index(op.f('ix_directory_service_at_location_service_id'), table_name='directory_service_at_location')
    op.drop_index(op.f('ix_directory_service_at_location_location_id'), table_name='directory_service_at_location')
    op.drop_table('directory_service_at_location')
    op.drop_index(op.f('ix_directory_service_area_service_id'), table_name='directory_service_area')
    op.drop_table('directory_service_area')
    op.drop_index(op.f('ix_directory_attribute_taxonomy_term_id'), table_name='directory_attribute')
    op.drop_index(op.f('ix_directory_attribute_service_id'), table_name='directory_attribute')
    op.drop_table('directory_attribute')
    op.drop_index(op.f('ix_directory_service_organization_id'), table_name='directory_service')
    op.drop_table('directory_service')
    op.drop_index(op.f('ix_directory_address_location_id'), table_name='directory_address')
    op.drop_table('directory_address')
    op.drop_index(op.f('ix_directory_taxonomy_term_code'), table_name='directory_taxonomy_term')
    op.drop_table('directory_taxonomy_term')
    op.drop_table('directory_state')
    op.drop_index(op.f('ix_directory_place_kind'), table_name='directory_place')
    op.drop_table('directory_place')
    op.drop_table('directory_organization')
    op.drop_table('directory_location')
