# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.custom_feature.dto.custom_feature_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "ChildCustomComponentDTO",
    "CreateAttributeDTO",
    "CreateColumnDTO",
    "CreateComponentDTO",
    "CreateConfigurationDTO",
    "CustomFeatureAttributeDTO",
    "CustomFeatureComponentDTO",
    "CustomFeatureCreateRequestDTO",
    "CustomFeatureDetailsResponseDTO",
    "CustomFeatureObjectDTO",
    "CustomFeaturePaginationDTO",
    "CustomFeatureResponseDTO",
    "CustomFeatureUpdateRequestDTO",
    "CustomFormCreateRequestDTO",
    "FormAttributeDTO",
    "FormColumnDTO",
    "FormConfigurationDTO",
    "FormSettingsDTO",
    "UpdateComponentDTO",
]


@dataclass(repr=False, eq=False, init=False)
class ChildCustomComponentDTO(DTOBase):
    """``ChildCustomComponentDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    display_name: Optional[str] = None
    description: Optional[str] = None
    status: Optional[str] = None
    created: Optional[str] = None
    updated: Optional[str] = None
    use_in: Optional[str] = None
    relation: Optional[str] = None
    custom_component_name: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, display_name: Optional[str] = None, description: Optional[str] = None, status: Optional[str] = None, created: Optional[str] = None, updated: Optional[str] = None, use_in: Optional[str] = None, relation: Optional[str] = None, custom_component_name: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.display_name = display_name
        self.description = description
        self.status = status
        self.created = created
        self.updated = updated
        self.use_in = use_in
        self.relation = relation
        self.custom_component_name = custom_component_name


@dataclass(repr=False, eq=False, init=False)
class CreateAttributeDTO(DTOBase):
    """``CreateAttributeDTO`` of the documented SDK."""
    type: Optional[str] = None
    name: Optional[str] = None
    required: Optional[str] = None
    show_in_list_view: Optional[str] = None
    display_condition: Optional[str] = None
    validation_condition: Optional[str] = None
    validation_message: Optional[str] = None
    default_value: Optional[str] = None
    required_condition: Optional[str] = None

    def __init__(self, type: Optional[str] = None, name: Optional[str] = None, required: Optional[str] = None, show_in_list_view: Optional[str] = None, display_condition: Optional[str] = None, validation_condition: Optional[str] = None, validation_message: Optional[str] = None, default_value: Optional[str] = None, required_condition: Optional[str] = None) -> None:
        self.type = type
        self.name = name
        self.required = required
        self.show_in_list_view = show_in_list_view
        self.display_condition = display_condition
        self.validation_condition = validation_condition
        self.validation_message = validation_message
        self.default_value = default_value
        self.required_condition = required_condition


@dataclass(repr=False, eq=False, init=False)
class CreateColumnDTO(DTOBase):
    """``CreateColumnDTO`` of the documented SDK."""
    attributes: Optional[List[CreateAttributeDTO]] = None

    def __init__(self, attributes: Optional[List[CreateAttributeDTO]] = None) -> None:
        self.attributes = attributes


@dataclass(repr=False, eq=False, init=False)
class CreateComponentDTO(DTOBase):
    """``CreateComponentDTO`` of the documented SDK."""
    name: Optional[str] = None
    display_name: Optional[str] = None
    description: Optional[str] = None
    use_in: Optional[str] = None
    custom_component_name: Optional[str] = None
    relation: Optional[str] = None
    configuration: Optional[CreateConfigurationDTO] = None

    def __init__(self, name: Optional[str] = None, display_name: Optional[str] = None, description: Optional[str] = None, use_in: Optional[str] = None, custom_component_name: Optional[str] = None, relation: Optional[str] = None, configuration: Optional[CreateConfigurationDTO] = None) -> None:
        self.name = name
        self.display_name = display_name
        self.description = description
        self.use_in = use_in
        self.custom_component_name = custom_component_name
        self.relation = relation
        self.configuration = configuration


@dataclass(repr=False, eq=False, init=False)
class CreateConfigurationDTO(DTOBase):
    """``CreateConfigurationDTO`` of the documented SDK."""
    settings: Optional[FormSettingsDTO] = None
    column_1: Optional[CreateColumnDTO] = None
    column_2: Optional[CreateColumnDTO] = None
    column_3: Optional[CreateColumnDTO] = None

    def __init__(self, settings: Optional[FormSettingsDTO] = None, column_1: Optional[CreateColumnDTO] = None, column_2: Optional[CreateColumnDTO] = None, column_3: Optional[CreateColumnDTO] = None) -> None:
        self.settings = settings
        self.column_1 = column_1
        self.column_2 = column_2
        self.column_3 = column_3


@dataclass(repr=False, eq=False, init=False)
class CustomFeatureAttributeDTO(DTOBase):
    """``CustomFeatureAttributeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    display_name: Optional[str] = None
    type: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, display_name: Optional[str] = None, type: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.display_name = display_name
        self.type = type


@dataclass(repr=False, eq=False, init=False)
class CustomFeatureComponentDTO(DTOBase):
    """``CustomFeatureComponentDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    display_name: Optional[str] = None
    description: Optional[str] = None
    status: Optional[str] = None
    created: Optional[str] = None
    updated: Optional[str] = None
    use_in: Optional[str] = None
    relation: Optional[str] = None
    custom_objects: Optional[List[CustomFeatureObjectDTO]] = None
    custom_forms: Optional[List[CustomFormDTO]] = None
    child_custom_components: Optional[List[ChildCustomComponentDTO]] = None
    custom_component_name: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, display_name: Optional[str] = None, description: Optional[str] = None, status: Optional[str] = None, created: Optional[str] = None, updated: Optional[str] = None, use_in: Optional[str] = None, relation: Optional[str] = None, custom_objects: Optional[List[CustomFeatureObjectDTO]] = None, custom_forms: Optional[List[CustomFormDTO]] = None, child_custom_components: Optional[List[ChildCustomComponentDTO]] = None, custom_component_name: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.display_name = display_name
        self.description = description
        self.status = status
        self.created = created
        self.updated = updated
        self.use_in = use_in
        self.relation = relation
        self.custom_objects = custom_objects
        self.custom_forms = custom_forms
        self.child_custom_components = child_custom_components
        self.custom_component_name = custom_component_name


@dataclass(repr=False, eq=False, init=False)
class CustomFeatureCreateRequestDTO(DTOBase):
    """``CustomFeatureCreateRequestDTO`` of the documented SDK."""
    component: Optional[CreateComponentDTO] = None

    def __init__(self, component: Optional[CreateComponentDTO] = None) -> None:
        self.component = component


@dataclass(repr=False, eq=False, init=False)
class CustomFeatureDetailsResponseDTO(DTOBase):
    """``CustomFeatureDetailsResponseDTO`` of the documented SDK."""
    component: Optional[CustomFeatureComponentDTO] = None

    def __init__(self, component: Optional[CustomFeatureComponentDTO] = None) -> None:
        self.component = component


@dataclass(repr=False, eq=False, init=False)
class CustomFeatureObjectDTO(DTOBase):
    """``CustomFeatureObjectDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    display_name: Optional[str] = None
    attributes: Optional[List[CustomFeatureAttributeDTO]] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, display_name: Optional[str] = None, attributes: Optional[List[CustomFeatureAttributeDTO]] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.display_name = display_name
        self.attributes = attributes


@dataclass(repr=False, eq=False, init=False)
class CustomFeaturePaginationDTO(DTOBase):
    """``CustomFeaturePaginationDTO`` of the documented SDK."""
    records: Optional[Union[int, str]] = None
    limit: Optional[Union[int, str]] = None
    offset: Optional[Union[int, str]] = None
    previous_page: Optional[str] = None
    next_page: Optional[str] = None

    def __init__(self, records: Optional[Union[int, str]] = None, limit: Optional[Union[int, str]] = None, offset: Optional[Union[int, str]] = None, previous_page: Optional[str] = None, next_page: Optional[str] = None) -> None:
        self.records = records
        self.limit = limit
        self.offset = offset
        self.previous_page = previous_page
        self.next_page = next_page


@dataclass(repr=False, eq=False, init=False)
class CustomFeatureResponseDTO(DTOBase):
    """``CustomFeatureResponseDTO`` of the documented SDK."""
    components: Optional[List[CustomFeatureComponentDTO]] = None
    pagination: Optional[CustomFeaturePaginationDTO] = None

    def __init__(self, components: Optional[List[CustomFeatureComponentDTO]] = None, pagination: Optional[CustomFeaturePaginationDTO] = None) -> None:
        self.components = components
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class CustomFeatureUpdateRequestDTO(DTOBase):
    """``CustomFeatureUpdateRequestDTO`` of the documented SDK."""
    component: Optional[UpdateComponentDTO] = None

    def __init__(self, component: Optional[UpdateComponentDTO] = None) -> None:
        self.component = component


@dataclass(repr=False, eq=False, init=False)
class CustomFormCreateRequestDTO(DTOBase):
    """``CustomFormCreateRequestDTO`` of the documented SDK."""
    configuration: Optional[FormConfigurationDTO] = None

    def __init__(self, configuration: Optional[FormConfigurationDTO] = None) -> None:
        self.configuration = configuration


@dataclass(repr=False, eq=False, init=False)
class CustomFormDTO(DTOBase):
    """``CustomFormDTO`` of the documented SDK."""
    configuration: Optional[FormConfigurationDTO] = None

    def __init__(self, configuration: Optional[FormConfigurationDTO] = None) -> None:
        self.configuration = configuration


@dataclass(repr=False, eq=False, init=False)
class FormAttributeDTO(DTOBase):
    """``FormAttributeDTO`` of the documented SDK."""
    type: Optional[str] = None
    name: Optional[str] = None
    display_name: Optional[str] = None
    data_type: Optional[str] = None
    required: Optional[str] = None
    display_condition: Optional[List[Any]] = None
    validation_condition: Optional[List[Any]] = None
    required_condition: Optional[List[Any]] = None

    def __init__(self, type: Optional[str] = None, name: Optional[str] = None, display_name: Optional[str] = None, data_type: Optional[str] = None, required: Optional[str] = None, display_condition: Optional[List[Any]] = None, validation_condition: Optional[List[Any]] = None, required_condition: Optional[List[Any]] = None) -> None:
        self.type = type
        self.name = name
        self.display_name = display_name
        self.data_type = data_type
        self.required = required
        self.display_condition = display_condition
        self.validation_condition = validation_condition
        self.required_condition = required_condition


@dataclass(repr=False, eq=False, init=False)
class FormColumnDTO(DTOBase):
    """``FormColumnDTO`` of the documented SDK."""
    attributes: Optional[List[FormAttributeDTO]] = None

    def __init__(self, attributes: Optional[List[FormAttributeDTO]] = None) -> None:
        self.attributes = attributes


@dataclass(repr=False, eq=False, init=False)
class FormConfigurationDTO(DTOBase):
    """``FormConfigurationDTO`` of the documented SDK."""
    column_1: Optional[FormColumnDTO] = None
    column_2: Optional[FormColumnDTO] = None
    column_3: Optional[FormColumnDTO] = None
    settings: Optional[FormSettingsDTO] = None

    def __init__(self, column_1: Optional[FormColumnDTO] = None, column_2: Optional[FormColumnDTO] = None, column_3: Optional[FormColumnDTO] = None, settings: Optional[FormSettingsDTO] = None) -> None:
        self.column_1 = column_1
        self.column_2 = column_2
        self.column_3 = column_3
        self.settings = settings


@dataclass(repr=False, eq=False, init=False)
class FormSettingsDTO(DTOBase):
    """``FormSettingsDTO`` of the documented SDK."""
    custom_form: Optional[str] = None
    form_layout: Optional[str] = None

    def __init__(self, custom_form: Optional[str] = None, form_layout: Optional[str] = None) -> None:
        self.custom_form = custom_form
        self.form_layout = form_layout


@dataclass(repr=False, eq=False, init=False)
class MessageResponseDTO(DTOBase):
    """``MessageResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class UpdateComponentDTO(DTOBase):
    """``UpdateComponentDTO`` of the documented SDK."""
    name: Optional[str] = None
    display_name: Optional[str] = None
    description: Optional[str] = None
    use_in: Optional[str] = None
    use_in_custom_component_name: Optional[str] = None
    relation: Optional[str] = None
    children: Optional[List[str]] = None

    def __init__(self, name: Optional[str] = None, display_name: Optional[str] = None, description: Optional[str] = None, use_in: Optional[str] = None, use_in_custom_component_name: Optional[str] = None, relation: Optional[str] = None, children: Optional[List[str]] = None) -> None:
        self.name = name
        self.display_name = display_name
        self.description = description
        self.use_in = use_in
        self.use_in_custom_component_name = use_in_custom_component_name
        self.relation = relation
        self.children = children
