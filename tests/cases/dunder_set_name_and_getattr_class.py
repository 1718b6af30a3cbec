class Field:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, cls):
        if obj is None: return f'Field<{self.name}>'
        return obj.__dict__.get(self.name, f'default-{self.name}')
class Model:
    title = Field()
    body = Field()
m = Model()
print(Model.title, m.title, m.body)
m.__dict__['title'] = 'set'
print(m.title)
